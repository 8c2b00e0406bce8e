# Run in the root of a generated Python client (passed to python3 with -c by scripts/corpus.mjs and
# by the robustness tests, through test/robustness/support.ts): byte-compiles every .py file, then
# imports every module of every package, and prints how many it imported. Any failure raises, so the
# exit code says it all.
import importlib, os, pkgutil, sys
sys.path.insert(0, os.getcwd())
sys.setrecursionlimit(10000)
for base, dirs, files in os.walk("."):
    for f in sorted(files):
        if f.endswith(".py"):
            p = os.path.join(base, f)
            with open(p, encoding="utf-8") as src:
                compile(src.read(), p, "exec")
count = 0
for name in sorted(os.listdir(".")):
    if name in ("test", "tests") or not os.path.isfile(os.path.join(name, "__init__.py")):
        continue
    pkg = importlib.import_module(name)
    count += 1
    for info in pkgutil.walk_packages(pkg.__path__, name + "."):
        importlib.import_module(info.name)
        count += 1
print(count)
