// Renders every overlay of deploy/k8s (and the PostgreSQL example) with kubectl kustomize, validates each object against
// the Kubernetes schemas and checks the policies the suite promises (docs/operations.md). Offline: no cluster is needed.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";

import {
  buildImage,
  cnpgErrors,
  filesUnder,
  id,
  k8s,
  kubectls,
  MODULES,
  OVERLAYS,
  parseYamlObjects,
  render,
  root,
  schemaErrors,
  SERVICES,
} from "./lib.mjs";

const INGRESS_NAMESPACE = "ingress-nginx";
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE|CREDENTIAL|API_KEY|ACCESS_KEY)/i;

const rendered = new Map();
for (const overlay of OVERLAYS) rendered.set(overlay, render(join(k8s, "overlays", overlay)));
const postgres = render(join(k8s, "postgres"));

const byKind = (objects, kind) => objects.filter((o) => o.kind === kind);
const deployments = (objects) => byKind(objects, "Deployment");
const podSpec = (d) => d.spec.template.spec;
const matches = (selector, labels) =>
  Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v) &&
  (selector?.matchExpressions ?? []).length === 0;

/** Objects with sorted keys, kustomize's name hashes and empty metadata maps taken out: renderings to compare. */
const canon = (v) =>
  Array.isArray(v)
    ? v.map(canon)
    : v && typeof v === "object"
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .filter((k) => !((k === "annotations" || k === "labels") && Object.keys(v[k] ?? {}).length === 0))
            .map((k) => [k, canon(v[k])]),
        )
      : v;
const normalised = (objects) =>
  objects.map((o) => JSON.stringify(canon(o)).replace(/(-config)-[a-z0-9]{10}"/g, '$1"')).sort();

describe("every overlay renders", () => {
  for (const overlay of OVERLAYS) {
    test(`${overlay} renders the same objects with every kubectl given (${kubectls().join(", ")})`, () => {
      const first = rendered.get(overlay);
      assert.ok(first.length > 0);
      for (const kubectl of kubectls().slice(1)) {
        assert.deepEqual(normalised(render(join(k8s, "overlays", overlay), kubectl)), normalised(first), kubectl);
      }
    });

    test(`${overlay} holds a Deployment, Service, HorizontalPodAutoscaler and PodDisruptionBudget for each of the four`, () => {
      const objects = rendered.get(overlay);
      for (const module of MODULES) {
        for (const kind of ["Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"]) {
          assert.ok(
            objects.some((o) => o.kind === kind && o.metadata.name === module),
            `${overlay}: no ${kind} ${module}`,
          );
        }
      }
      assert.ok(byKind(objects, "ConfigMap").length >= 1, "a ConfigMap for the non-secret settings");
      assert.equal(byKind(objects, "Ingress").length, 1);
      assert.ok(byKind(objects, "NetworkPolicy").length >= 1);
      const namespaces = new Set(objects.filter((o) => o.kind !== "Namespace").map((o) => o.metadata.namespace));
      assert.equal(namespaces.size, 1, `${overlay}: one namespace for everything`);
    });
  }
  test("the CloudNativePG example renders", () => {
    assert.deepEqual(postgres.map((o) => o.kind).sort(), ["Cluster", "Database", "Database", "ScheduledBackup"]);
  });
});

describe("every object fits the Kubernetes schemas", () => {
  for (const overlay of OVERLAYS) {
    test(`${overlay}: each object validates (types, required fields, no unknown fields)`, async () => {
      const errors = [];
      for (const o of rendered.get(overlay)) errors.push(...(await schemaErrors(o)));
      assert.deepEqual(errors, []);
    });
  }
  test("the CloudNativePG example has the fields its custom resources require", () => {
    assert.deepEqual(postgres.flatMap(cnpgErrors), []);
  });
  test("the schema check catches mistakes (a misspelt probe, a wrong type, a missing name)", async () => {
    const d = structuredClone(deployments(rendered.get("prod"))[0]);
    const c = podSpec(d).containers[0];
    c.readinesProbe = c.readinessProbe;
    assert.match((await schemaErrors(d)).join(), /unknown field "readinesProbe"/);
    const e = structuredClone(deployments(rendered.get("prod"))[0]);
    e.spec.replicas = "two";
    assert.match((await schemaErrors(e)).join(), /replicas must be integer/);
    const f = structuredClone(deployments(rendered.get("prod"))[0]);
    delete podSpec(f).containers[0].name;
    assert.match((await schemaErrors(f)).join(), /required property '?name'?/);
  });
});

describe("policies", () => {
  for (const overlay of OVERLAYS) {
    const objects = rendered.get(overlay);

    test(`${overlay}: readiness and liveness probes on /q/health/ready and /q/health/live`, () => {
      for (const d of deployments(objects)) {
        for (const c of podSpec(d).containers) {
          assert.equal(c.readinessProbe?.httpGet?.path, "/q/health/ready", `${id(d)} readiness`);
          assert.equal(c.livenessProbe?.httpGet?.path, "/q/health/live", `${id(d)} liveness`);
          const port = c.ports?.find((p) => p.name === c.readinessProbe.httpGet.port || p.containerPort === c.readinessProbe.httpGet.port);
          assert.ok(port, `${id(d)}: the probes' port is a port of the container`);
        }
      }
    });

    test(`${overlay}: non-root, read-only root filesystem, no privilege escalation, no capabilities`, () => {
      for (const d of deployments(objects)) {
        const pod = podSpec(d);
        assert.equal(pod.automountServiceAccountToken, false, `${id(d)} mounts no API token`);
        for (const c of pod.containers) {
          const sc = { ...pod.securityContext, ...c.securityContext };
          assert.equal(sc.runAsNonRoot, true, `${id(d)} runAsNonRoot`);
          assert.ok(sc.runAsUser === undefined || sc.runAsUser > 0, `${id(d)} runAsUser is not root`);
          assert.equal(c.securityContext?.readOnlyRootFilesystem, true, `${id(d)} readOnlyRootFilesystem`);
          assert.equal(c.securityContext?.allowPrivilegeEscalation, false, `${id(d)} allowPrivilegeEscalation`);
          assert.deepEqual(c.securityContext?.capabilities?.drop, ["ALL"], `${id(d)} drops all capabilities`);
          assert.equal(sc.seccompProfile?.type, "RuntimeDefault", `${id(d)} seccomp`);
          const tmp = c.volumeMounts?.find((m) => m.mountPath === "/tmp");
          assert.ok(tmp && pod.volumes.find((v) => v.name === tmp.name)?.emptyDir, `${id(d)}: a writable emptyDir at /tmp`);
        }
      }
    });

    test(`${overlay}: every container has CPU and memory requests and limits, requests within limits`, () => {
      const mebibytes = (q) => {
        const m = String(q).match(/^(\d+)(Mi|Gi)$/);
        assert.ok(m, `memory ${q} in Mi or Gi`);
        return Number(m[1]) * (m[2] === "Gi" ? 1024 : 1);
      };
      const millicores = (q) => (String(q).endsWith("m") ? Number(String(q).slice(0, -1)) : Number(q) * 1000);
      for (const d of deployments(objects)) {
        for (const c of podSpec(d).containers) {
          const r = c.resources ?? {};
          for (const kind of ["requests", "limits"]) {
            for (const res of ["cpu", "memory"]) assert.ok(r[kind]?.[res], `${id(d)} ${kind}.${res}`);
          }
          assert.ok(mebibytes(r.requests.memory) <= mebibytes(r.limits.memory), `${id(d)} memory request <= limit`);
          assert.ok(millicores(r.requests.cpu) <= millicores(r.limits.cpu), `${id(d)} cpu request <= limit`);
        }
      }
    });

    test(`${overlay}: no secret value written in a manifest; credentials come from Secrets`, () => {
      assert.deepEqual(byKind(objects, "Secret").map(id), [], "Secrets are created by the operator, not shipped");
      for (const cm of byKind(objects, "ConfigMap")) {
        for (const key of Object.keys(cm.data ?? {})) assert.doesNotMatch(key, SECRET_NAME, `${id(cm)} holds ${key}`);
      }
      for (const d of deployments(objects)) {
        for (const c of podSpec(d).containers) {
          for (const e of c.env ?? []) {
            if (SECRET_NAME.test(e.name)) assert.ok(e.valueFrom?.secretKeyRef, `${id(d)}: ${e.name} from a Secret`);
          }
          const env = Object.fromEntries((c.env ?? []).map((e) => [e.name, e]));
          for (const name of ["TOWNREFORM_OIDC_ISSUER", "TOWNREFORM_OIDC_JWKS_URL"]) {
            assert.ok(env[name]?.valueFrom?.secretKeyRef, `${id(d)}: ${name} from the OIDC Secret`);
          }
          if (SERVICES.includes(d.metadata.name)) {
            for (const name of ["PGUSER", "PGPASSWORD"]) {
              assert.ok(env[name]?.valueFrom?.secretKeyRef, `${id(d)}: ${name} from its database Secret`);
            }
          }
        }
      }
      const text = JSON.stringify(objects);
      assert.doesNotMatch(text, /-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----/);
    });

    test(`${overlay}: a HorizontalPodAutoscaler and a PodDisruptionBudget for every Deployment`, () => {
      for (const d of deployments(objects)) {
        const hpas = byKind(objects, "HorizontalPodAutoscaler").filter(
          (h) => h.spec.scaleTargetRef.kind === "Deployment" && h.spec.scaleTargetRef.name === d.metadata.name,
        );
        assert.equal(hpas.length, 1, `${id(d)}: one autoscaler`);
        assert.equal(d.spec.replicas, undefined, `${id(d)}: the autoscaler owns the replica count`);
        assert.ok(hpas[0].spec.minReplicas <= hpas[0].spec.maxReplicas);
        assert.ok(hpas[0].spec.metrics?.length > 0, `${id(d)}: the autoscaler has a metric`);
        const labels = d.spec.template.metadata.labels;
        assert.ok(
          byKind(objects, "PodDisruptionBudget").some((p) => matches(p.spec.selector, labels)),
          `${id(d)}: a disruption budget`,
        );
        assert.ok(matches(d.spec.selector, labels), `${id(d)}: its selector matches its pods`);
      }
    });

    test(`${overlay}: network policies let only the gateway and the ingress controller reach the services (and fiscal and license personnel-service)`, () => {
      const policies = byKind(objects, "NetworkPolicy");
      assert.ok(
        policies.some(
          (p) => Object.keys(p.spec.podSelector ?? {}).length === 0 && p.spec.policyTypes.includes("Ingress") && !p.spec.ingress,
        ),
        "a default-deny policy for ingress",
      );
      const fromIngress = (peer) =>
        peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === INGRESS_NAMESPACE && !peer.podSelector;
      const fromPod = (name) => (peer) => peer.podSelector?.matchLabels?.["app.kubernetes.io/name"] === name && !peer.namespaceSelector;
      const fromGateway = fromPod("gateway");
      // fiscal-service and license-service call personnel-service (the registry of towns, certificate checks).
      const callersOf = { "personnel-service": ["fiscal-service", "license-service"] };
      for (const d of deployments(objects)) {
        const labels = d.spec.template.metadata.labels;
        const selecting = policies.filter((p) => matches(p.spec.podSelector, labels));
        const peers = selecting.flatMap((p) => (p.spec.ingress ?? []).flatMap((rule) => rule.from ?? [null]));
        assert.ok(peers.length > 0, `${id(d)}: some policy lets traffic in`);
        const callers = (callersOf[d.metadata.name] ?? []).map(fromPod);
        const allowed = d.metadata.name === "gateway" ? [fromIngress] : [fromIngress, fromGateway, ...callers];
        for (const peer of peers) {
          assert.ok(peer && allowed.some((ok) => ok(peer)), `${id(d)}: admits only ${d.metadata.name === "gateway" ? "the ingress" : "the gateway, the ingress and its callers"}, not ${JSON.stringify(peer)}`);
        }
        if (d.metadata.name !== "gateway") assert.ok(peers.some(fromGateway), `${id(d)}: the gateway reaches it`);
        for (const caller of callersOf[d.metadata.name] ?? []) {
          assert.ok(peers.some(fromPod(caller)), `${id(d)}: ${caller} reaches it`);
        }
        assert.ok(peers.some(fromIngress), `${id(d)}: the ingress controller reaches it`);
      }
    });

    test(`${overlay}: the Ingress serves the gateway's /graphql and each service's /api/v1`, () => {
      const ingress = byKind(objects, "Ingress")[0];
      const routes = ingress.spec.rules.flatMap((r) =>
        r.http.paths.map((p) => ({ host: r.host, path: p.path, service: p.backend.service.name })),
      );
      assert.ok(routes.some((r) => r.path === "/graphql" && r.service === "gateway"));
      for (const s of SERVICES) assert.ok(routes.some((r) => r.path === "/api/v1" && r.service === s), `/api/v1 of ${s}`);
      const apiHosts = routes.filter((r) => r.path === "/api/v1").map((r) => r.host);
      assert.equal(new Set(apiHosts).size, apiHosts.length, "the services share /api/v1 paths: one host each");
      for (const r of routes) {
        const svc = objects.find((o) => o.kind === "Service" && o.metadata.name === r.service);
        assert.ok(svc, `the Ingress names an existing Service ${r.service}`);
      }
      assert.ok(ingress.spec.tls?.[0]?.secretName, "TLS from a Secret");
      for (const host of new Set(routes.map((r) => r.host))) assert.ok(ingress.spec.tls[0].hosts.includes(host), `${host} has TLS`);
    });

    test(`${overlay}: ConfigMaps and Secrets the pods read are the ones documented`, () => {
      const docs = readFileSync(join(root, "docs/operations.md"), "utf8");
      const configMaps = new Set(byKind(objects, "ConfigMap").map((c) => c.metadata.name));
      for (const d of deployments(objects)) {
        const pod = podSpec(d);
        for (const c of pod.containers) {
          for (const from of c.envFrom ?? []) {
            if (from.configMapRef) assert.ok(configMaps.has(from.configMapRef.name), `${id(d)}: ${from.configMapRef.name} exists`);
          }
          for (const e of c.env ?? []) {
            const ref = e.valueFrom?.secretKeyRef;
            if (ref) assert.ok(docs.includes(ref.name), `docs/operations.md tells how to create Secret ${ref.name}`);
          }
        }
        for (const v of pod.volumes ?? []) {
          if (v.secret) assert.ok(docs.includes(v.secret.secretName), `docs/operations.md names Secret ${v.secret.secretName}`);
        }
      }
      for (const key of Object.keys(byKind(objects, "ConfigMap").reduce((all, c) => ({ ...all, ...c.data }), {}))) {
        assert.ok(docs.includes(key), `docs/operations.md explains ${key}`);
      }
    });
  }
});

describe("images", () => {
  for (const overlay of OVERLAYS) {
    test(`${overlay}: each Deployment runs exactly the image its module's build makes`, () => {
      for (const module of MODULES) {
        const build = buildImage(module);
        assert.ok(build.jib, `${module} has its image build configured (quarkus-container-image-jib)`);
        const d = deployments(rendered.get(overlay)).find((x) => x.metadata.name === module);
        assert.deepEqual(podSpec(d).containers.map((c) => c.image), [build.image], `${module} in ${overlay}`);
        assert.doesNotMatch(build.image, /:latest$/);
      }
    });
  }
  test("no manifest under deploy/k8s names another tag of a suite image", () => {
    const expected = new Map(MODULES.map((m) => [m, buildImage(m).image]));
    for (const file of filesUnder(k8s, ".yaml")) {
      for (const o of parseYamlObjects(readFileSync(file, "utf8"), file)) {
        for (const img of o.images ?? []) {
          const want = expected.get(img.name);
          if (want) assert.equal(`${img.newName}:${img.newTag}`, want, `${file}: ${img.name}`);
        }
      }
    }
  });
});
