# Runs planned calls through a generated python (pydantic) or python-prior client, one process for
# all calls of the client, and prints one JSON line per outcome ("@@" prefix). Arguments arrive in
# their wire form and are converted with the client's own code: pydantic models with their
# `from_dict`, python-prior values with `validate_and_convert_types` (what it decodes responses with).
# Also runs `Model.from_dict(value).to_dict()` round trips (python only).
import datetime
import decimal
import enum
import importlib
import inspect
import json
import sys
import traceback
import types
import typing
import urllib.parse
import urllib.request

BINARY_MARK = "\u0000binary:hello oaswright"
FILE_BYTES = b"hello oaswright"


def emit(obj):
    print("@@" + json.dumps(obj, default=plain), flush=True)


def plain(o):
    if isinstance(o, (datetime.datetime, datetime.date, datetime.time)):
        return o.isoformat()
    if isinstance(o, decimal.Decimal):
        return float(o)
    if isinstance(o, enum.Enum):
        return o.value
    if isinstance(o, (bytes, bytearray)):
        return o.decode("utf-8", "replace")
    if hasattr(o, "get_secret_value"):
        # pydantic's SecretStr (format: password), as the client's sanitize_for_serialization sends it
        return o.get_secret_value()
    if hasattr(o, "to_dict"):
        return o.to_dict()
    return str(o)


def error_text(e):
    text = f"{type(e).__name__}: {e}"
    return text[:700]


def convert(value, ann):
    """Wire value -> the argument the pydantic client's signature asks for."""
    if value == BINARY_MARK:
        return FILE_BYTES
    origin = typing.get_origin(ann)
    if origin is typing.Annotated:
        return convert(value, typing.get_args(ann)[0])
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        for a in [a for a in typing.get_args(ann) if a is not type(None)]:
            try:
                return convert(value, a)
            except Exception:
                pass
        return value
    args = typing.get_args(ann)
    if origin in (list, set, tuple) and isinstance(value, list):
        return [convert(v, args[0]) if args else v for v in value]
    if origin is dict and isinstance(value, dict):
        return {k: convert(v, args[1]) if len(args) == 2 else v for k, v in value.items()}
    if inspect.isclass(ann):
        if issubclass(ann, enum.Enum):
            return ann(value)
        if hasattr(ann, "from_dict") and value is not None:
            r = ann.from_dict(value)
            if r is None:
                raise ValueError("from_dict returned None")
            return r
        if ann is datetime.datetime and isinstance(value, str):
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if ann is datetime.date and isinstance(value, str):
            return datetime.date.fromisoformat(value)
    return value


def binary_to_file(value):
    if value == BINARY_MARK:
        return open("hello.txt", "rb")
    if isinstance(value, list):
        return [binary_to_file(v) for v in value]
    if isinstance(value, dict):
        return {k: binary_to_file(v) for k, v in value.items()}
    return value


def main():
    job = json.load(open(sys.argv[1]))
    prior = job["client"] == "python-prior"
    pkg = importlib.import_module(job["package"])
    apis = importlib.import_module(job["package"] + (".apis" if prior else ""))
    cred = job["credentials"]
    conf_args = dict(host=job["url"], api_key={s["name"]: cred["apiKey"] for s in cred["schemes"] if s["type"] == "apiKey"}, username=cred["username"], password=cred["password"])
    if not prior:
        conf_args["ignore_operation_servers"] = True
    configuration = pkg.Configuration(**conf_args)
    configuration.access_token = cred["token"]
    api_client = pkg.ApiClient(configuration)
    if prior:
        from importlib import import_module
        model_utils = import_module(job["package"] + ".model_utils")
        with open("hello.txt", "wb") as f:
            f.write(FILE_BYTES)

    for call in job["calls"]:
        urllib.request.urlopen(job["url"] + "/__mark/" + urllib.parse.quote(call["id"], safe=""), timeout=30).read()
        try:
            api_class = getattr(apis, call["api"])
            api = api_class(api_client)
            method = getattr(api, call["method"])
            kwargs = {}
            if prior:
                endpoint = getattr(api, call["method"] + "_endpoint")
                locations = endpoint.location_map
                attribute = endpoint.attribute_map
                for a in call["args"]:
                    name = a["name"]
                    if a["kind"] == "body":
                        name = next((n for n, loc in locations.items() if loc == "body"), name)
                    elif name not in endpoint.openapi_types:
                        name = next((n for n, w in attribute.items() if w == a["wire"] and locations.get(n) == a["kind"]), name)
                    if name not in endpoint.openapi_types:
                        raise KeyError(f"no parameter {a['name']} ({a['wire']})")
                    value = binary_to_file(a["value"])
                    kwargs[name] = model_utils.validate_and_convert_types(value, endpoint.openapi_types[name], [name], True, True, configuration=configuration)
            else:
                hints = typing.get_type_hints(method, include_extras=True)
                for a in call["args"]:
                    name = a["name"] if a["name"] in hints else "var_" + a["name"]
                    if name not in hints:
                        raise KeyError(f"no parameter {a['name']}")
                    kwargs[name] = convert(a["value"], hints[name])
            result = method(**kwargs)
            emit({"id": call["id"], "result": result})
        except Exception as e:  # noqa: BLE001 - every failure is an outcome
            emit({"id": call["id"], "error": error_text(e), "trace": traceback.format_exc()[-1500:]})

    if not prior:
        models = importlib.import_module(job["package"] + ".models")
        for rt in job.get("roundTrips", []):
            try:
                cls = getattr(models, rt["cls"], None)
                if cls is None or not hasattr(cls, "from_dict") or (inspect.isclass(cls) and issubclass(cls, enum.Enum)):
                    emit({"rt": rt["id"], "skipped": "no model class"})
                    continue
                x = cls.from_dict(rt["value"])
                emit({"rt": rt["id"], "back": x.to_dict() if x is not None else None})
            except Exception as e:  # noqa: BLE001
                emit({"rt": rt["id"], "error": error_text(e)})


if __name__ == "__main__":
    main()
