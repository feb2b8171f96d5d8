// A Node app that reports one error with the official @sentry/node SDK.
// Usage: node report_error.mjs <dsn>
import * as Sentry from "@sentry/node";

Sentry.init({ dsn: process.argv[2], release: "node-app@2.0.0", tracesSampleRate: 0 });

function chargeCard(order) {
  return order.customer.card.charge(order.total);
}

try {
  chargeCard({ total: 10, customer: null });
} catch (error) {
  Sentry.captureException(error);
}
const flushed = await Sentry.flush(5000);
process.exit(flushed ? 0 : 1);
