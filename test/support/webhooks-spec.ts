// The `webhooks` block of a spec whose one webhook, itemAdded, has an inline object body: what the
// inline resolver hoists as ItemAddedRequest from 7.11.0 (flattenWebhooks, 093a51ee21, #20165) and
// leaves unnamed before. Shared by test/generators/docs/webhooks.test.ts and
// test/parse/path-params-webhooks-releases.test.ts; a spec appends it after its `paths`.
export const ITEM_ADDED_WEBHOOKS = `webhooks:
  itemAdded:
    post:
      operationId: itemAdded
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                sku: { type: string }
      responses:
        "200": { description: ok }
`;
