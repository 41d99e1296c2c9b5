// The built jars (what the images run) refuse to start with the prod profile unless an OIDC issuer is configured, and
// say so clearly; with an issuer they start. No network is needed: the refusal comes before any connection is made,
// and the database address points at a closed local port so that nothing could be reached anyway.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";

import { MODULES, root } from "./lib.mjs";

const ISSUER = "https://sso.county.example/realms/townreform";
const JWKS = `${ISSUER}/protocol/openid-connect/certs`;

/** The environment of this process without anything that could configure tokens, a profile or a database. */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(TOWNREFORM_|MP_JWT_|SMALLRYE_JWT_|QUARKUS_|PG|OTEL_|JAVA_TOOL_OPTIONS)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, PGHOST: "127.0.0.1", PGPORT: "1", QUARKUS_OTEL_SDK_DISABLED: "true", ...extra };
}

/**
 * Starts a jar with the prod profile (the default of a built jar). Resolves when it exits ({code}) or, with
 * waitForListening, once it says it listens ({listening, child}); {output} keeps growing while the process runs.
 */
function start(jar, env, { waitForListening = false, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("java", ["-Xmx128m", "-Dquarkus.http.port=0", "-jar", jar], { env, stdio: ["ignore", "pipe", "pipe"] });
    const run = { output: "", child };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${jar} neither exited nor listened within ${timeoutMs} ms:\n${run.output.slice(-3000)}`));
    }, timeoutMs);
    const onData = (chunk) => {
      run.output += chunk;
      const m = run.output.match(/Listening on: (http:\/\/[^\s"]+)/);
      if (waitForListening && m && !run.listening) {
        clearTimeout(timer);
        run.listening = m[1].replace("0.0.0.0", "127.0.0.1");
        resolve(run);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      run.code = code;
      resolve(run);
    });
  });
}

async function eventually(check, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  return check();
}

const jarOf = (module) => join(root, module, "target/quarkus-app/quarkus-run.jar");

describe("the prod profile fails fast without OIDC", () => {
  for (const module of MODULES) {
    const jar = jarOf(module);
    const skip = existsSync(jar) ? false : `${module} is not built (./mvnw package)`;

    test(`${module}: no OIDC configuration -> exits non-zero, naming the variables to set`, { skip }, async () => {
      const run = await start(jar, cleanEnv());
      assert.notEqual(run.code, 0, run.output);
      assert.match(run.output, /refuses to start without an OIDC issuer/);
      assert.match(run.output, /TOWNREFORM_OIDC_ISSUER/);
      assert.match(run.output, /TOWNREFORM_OIDC_JWKS_URL/);
      assert.doesNotMatch(run.output, /Listening on/);
    });

    test(`${module}: the development issuer and key -> refused`, { skip }, async () => {
      const run = await start(
        jar,
        cleanEnv({
          TOWNREFORM_OIDC_ISSUER: "https://townreform.local/dev",
          TOWNREFORM_OIDC_JWKS_URL: `file:${join(root, "deploy/local/dev-keys/public.pem")}`,
        }),
      );
      assert.notEqual(run.code, 0, run.output);
      assert.match(run.output, /refuses the development issuer/);
    });
  }

  const gateway = jarOf("gateway");
  test(
    "gateway: with an issuer and its JWKS URL it starts (prod profile, JSON logs) and is live",
    { skip: existsSync(gateway) ? false : "gateway is not built" },
    async () => {
      const run = await start(gateway, cleanEnv({ TOWNREFORM_OIDC_ISSUER: ISSUER, TOWNREFORM_OIDC_JWKS_URL: JWKS }), {
        waitForListening: true,
      });
      try {
        assert.ok(run.listening, run.output);
        const live = await fetch(`${run.listening}/q/health/live`);
        assert.equal(live.status, 200);
        const firstLine = run.output.split("\n").find((l) => l.startsWith("{"));
        assert.ok(firstLine, "logs are JSON in prod");
        assert.ok(JSON.parse(firstLine).message);
        assert.ok(await eventually(() => /Profile prod activated/.test(run.output)), run.output);
      } finally {
        run.child.kill();
      }
    },
  );
});
