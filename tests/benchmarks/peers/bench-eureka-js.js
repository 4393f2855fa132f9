// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// Times eureka-js-client (npm) reading a registry the way it does after a fetch: JSON.parse of
// the body, then its transformRegistry() into the client's cache. Run by side-by-side.sh on the
// same file bench_codec decodes.
//   node bench-eureka-js.js registry.json [runs]
'use strict';
const fs = require('fs');
const { Eureka } = require('eureka-js-client');

const file = process.argv[2];
const runs = Number(process.argv[3] || 21);
const body = fs.readFileSync(file, 'utf8');
const client = new Eureka({
  logger: { debug() {}, info() {}, warn() {}, error() {} },
  instance: {},
  eureka: { host: '127.0.0.1', port: 1, servicePath: '/eureka/apps/', registerWithEureka: false, fetchRegistry: false },
});

const timings = { parse: [], total: [] };
let instances = 0;
for (let i = 0; i < runs + 2; ++i) { // two warm-up runs for the JIT
  const start = process.hrtime.bigint();
  const parsed = JSON.parse(body);
  const parsedAt = process.hrtime.bigint();
  client.transformRegistry(parsed);
  const end = process.hrtime.bigint();
  if (i >= 2) {
    timings.parse.push(Number(parsedAt - start) / 1e6);
    timings.total.push(Number(end - start) / 1e6);
  }
  instances = Object.values(client.cache.app).reduce((n, list) => n + list.length, 0);
}
const stat = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return `min ${sorted[0].toFixed(2)} / median ${sorted[sorted.length >> 1].toFixed(2)} ms`;
};
console.log(`eureka-js-client ${require('eureka-js-client/package.json').version}, node ${process.version}: ` +
            `${instances} instances, ${(body.length / 1e6).toFixed(1)} MB`);
console.log(`  JSON.parse alone:            ${stat(timings.parse)}`);
console.log(`  JSON.parse + transformRegistry: ${stat(timings.total)}`);
