// What the deploy tests share: rendering overlays with kubectl kustomize, validating objects against the Kubernetes
// schemas (kubernetes-models) and reading the image build configuration of each module.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, "../../..");
export const k8s = resolve(here, "..");

export const MODULES = ["personnel-service", "fiscal-service", "license-service", "gateway"];
export const SERVICES = MODULES.filter((m) => m !== "gateway");
export const OVERLAYS = ["dev", "prod"];

/** The kubectl binaries to render with: KUBECTLS (colon-separated paths), else kubectl on the PATH. */
export function kubectls() {
  const list = (process.env.KUBECTLS || "kubectl").split(":").filter(Boolean);
  if (list.length === 0) throw new Error("no kubectl given (KUBECTLS)");
  return list;
}

/** Renders a kustomization directory; answers the parsed objects. */
export function render(dir, kubectl = kubectls()[0]) {
  const out = execFileSync(kubectl, ["kustomize", dir], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return parseYamlObjects(out, `${kubectl} kustomize ${dir}`);
}

export function parseYamlObjects(text, origin) {
  const objects = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(`${origin}: ${doc.errors.map((e) => e.message).join("; ")}`);
    const value = doc.toJS();
    if (value !== null && value !== undefined) objects.push(value);
  }
  return objects;
}

export const id = (o) => `${o.kind}/${o.metadata?.name}`;

// ---------------------------------------------------------------------------------------------------------------------
// Schemas

const require = createRequire(import.meta.url);
const modelsDir = dirname(require.resolve("kubernetes-models/package.json"));
const machineryDir = dirname(require.resolve("@kubernetes-models/apimachinery/package.json"));

/** Validates a core Kubernetes object with the kubernetes-models validator of its apiVersion and kind. */
export async function schemaErrors(obj) {
  const path = modelPath(obj);
  if (!path) return [`${id(obj)}: no Kubernetes schema for ${obj.apiVersion} ${obj.kind}`];
  const mod = await import(`kubernetes-models/${path}`);
  const Model = mod[obj.kind];
  try {
    new Model(obj).validate();
  } catch (e) {
    return [`${id(obj)}: ${e.message}`];
  }
  return unknownFields(obj, join(modelsDir, `${path}.d.ts`), id(obj));
}

function modelPath(obj) {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : [null, obj.apiVersion];
  const path = group ? `${group}/${version}/${obj.kind}` : `${version}/${obj.kind}`;
  return existsSync(join(modelsDir, `${path}.d.ts`)) ? path : null;
}

// The validators accept fields the schema does not know (a typo such as "readinesProbe" passes them), so the fields of
// every object are also checked against the interfaces kubernetes-models declares for each type.
const interfaces = new Map(); // .d.ts file -> { props: Map(name -> type text), imports: Map(alias -> file) } | null

function readInterface(file) {
  if (interfaces.has(file)) return interfaces.get(file);
  let parsed = null;
  if (existsSync(file)) {
    const text = readFileSync(file, "utf8");
    const imports = new Map();
    for (const m of text.matchAll(/import \{ (\w+) \} from "([^"]+)";/g)) {
      imports.set(m[1], resolveImport(file, m[2]));
    }
    const start = text.search(/^export interface I\w+(?: extends [\w, ]+)? \{$/m);
    if (start >= 0) {
      const body = text.slice(text.indexOf("{", start) + 1, text.indexOf("\n}", start));
      const props = new Map();
      // A property starts at four spaces; a map type goes on over the following lines.
      let current = null;
      for (const line of body.replace(/\/\*\*[\s\S]*?\*\//g, "").split("\n")) {
        const m = line.match(/^ {4}"([^"]+)"\??: (.*)$/);
        if (m) {
          current = m[1];
          props.set(current, m[2]);
        } else if (current && line.trim()) {
          props.set(current, `${props.get(current)} ${line.trim()}`);
        }
      }
      for (const [k, v] of props) props.set(k, v.replace(/;$/, "").replace(/\s+/g, " ").trim());
      parsed = { props, imports };
    }
  }
  interfaces.set(file, parsed);
  return parsed;
}

function resolveImport(from, spec) {
  if (spec.startsWith(".")) return resolve(dirname(from), spec.replace(/\.js$/, ".d.ts"));
  if (spec.startsWith("@kubernetes-models/apimachinery/")) {
    return join(machineryDir, spec.slice("@kubernetes-models/apimachinery/".length) + ".d.ts");
  }
  return null;
}

function unknownFields(value, file, path) {
  const shape = readInterface(file);
  if (!shape || value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const errors = [];
  for (const [key, child] of Object.entries(value)) {
    const type = shape.props.get(key);
    if (type === undefined) {
      errors.push(`${path}: unknown field "${key}"`);
      continue;
    }
    errors.push(...checkType(child, type, shape, `${path}.${key}`));
  }
  return errors;
}

function checkType(value, type, shape, path) {
  let m;
  if ((m = type.match(/^Array<(\w+)>$/))) {
    const file = shape.imports.get(m[1]);
    if (!file || !Array.isArray(value)) return [];
    return value.flatMap((v, i) => unknownFields(v, file, `${path}[${i}]`));
  }
  if ((m = type.match(/^\{ \[key: string\]: (\w+); \}$/))) {
    const file = shape.imports.get(m[1]);
    if (!file || value === null || typeof value !== "object") return [];
    return Object.entries(value).flatMap(([k, v]) => unknownFields(v, file, `${path}.${k}`));
  }
  if ((m = type.match(/^(\w+)$/)) && shape.imports.has(m[1])) {
    return unknownFields(value, shape.imports.get(m[1]), path);
  }
  return [];
}

// CloudNativePG's resources have no kubernetes-models package: the example is checked against the fields it uses.
const CNPG = {
  Cluster: { required: ["instances", "storage"], spec: { instances: "number", imageName: "string", storage: "object" } },
  Database: { required: ["name", "owner", "cluster"], spec: { name: "string", owner: "string", cluster: "object" } },
  ScheduledBackup: { required: ["schedule", "cluster"], spec: { schedule: "string", cluster: "object" } },
};

export function cnpgErrors(obj) {
  const shape = CNPG[obj.kind];
  if (obj.apiVersion !== "postgresql.cnpg.io/v1" || !shape) return [`${id(obj)}: not a CloudNativePG v1 resource`];
  const errors = [];
  for (const field of shape.required) {
    if (obj.spec?.[field] === undefined) errors.push(`${id(obj)}: spec.${field} is required`);
  }
  for (const [field, type] of Object.entries(shape.spec)) {
    if (obj.spec?.[field] !== undefined && typeof obj.spec[field] !== type) {
      errors.push(`${id(obj)}: spec.${field} must be ${type}`);
    }
  }
  if (obj.kind === "ScheduledBackup" && obj.spec.schedule.trim().split(/\s+/).length !== 6) {
    errors.push(`${id(obj)}: spec.schedule needs six fields (seconds first)`);
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------------------------------
// Build configuration

/** Reads a .properties file (no continuation lines are used in this repository). */
export function readProperties(file) {
  const props = new Map();
  if (!existsSync(file)) return props;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("!")) continue;
    const eq = line.search(/[=:]/);
    if (eq < 0) continue;
    props.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return props;
}

export function projectVersion() {
  const pom = readFileSync(join(root, "pom.xml"), "utf8");
  const m = pom.replace(/<parent>[\s\S]*?<\/parent>/, "").match(/<artifactId>town-reform-parent<\/artifactId>\s*<version>([^<]+)<\/version>/);
  if (!m) throw new Error("no version in pom.xml");
  return m[1];
}

function pomDependsOn(file, artifactId) {
  return readFileSync(file, "utf8").includes(`<artifactId>${artifactId}</artifactId>`);
}

/**
 * The image a module's build makes, as Quarkus computes it from the prod (build) profile: registry/group/name:tag from
 * quarkus.container-image.* (the module's application.properties over common's microprofile-config.properties), name
 * defaulting to quarkus.application.name and tag to the project version.
 */
export function buildImage(module) {
  const usesCommon = pomDependsOn(join(root, module, "pom.xml"), "town-reform-common");
  const layers = [];
  if (usesCommon) layers.push(readProperties(join(root, "common/src/main/resources/META-INF/microprofile-config.properties")));
  layers.push(readProperties(join(root, module, "src/main/resources/application.properties")));
  // SmallRye Config: a %prod. key anywhere beats a plain key; application.properties beats common's defaults.
  const get = (key) => {
    for (const k of [`%prod.${key}`, key]) {
      for (const props of [...layers].reverse()) if (props.has(k)) return props.get(k);
    }
    return undefined;
  };
  const expand = (value) =>
    value?.replace(/\$\{([^}:]+)(?::([^}]*))?\}/g, (_, key, fallback) => {
      if (key === "quarkus.application.version") return get(key) ?? projectVersion();
      if (key === "quarkus.application.name") return get(key) ?? module;
      return get(key) ?? fallback ?? "";
    });
  const jib =
    pomDependsOn(join(root, module, "pom.xml"), "quarkus-container-image-jib") ||
    (usesCommon && pomDependsOn(join(root, "common/pom.xml"), "quarkus-container-image-jib"));
  const full = expand(get("quarkus.container-image.image"));
  if (full) return { image: full, jib };
  const registry = expand(get("quarkus.container-image.registry"));
  const group = expand(get("quarkus.container-image.group"));
  const name = expand(get("quarkus.container-image.name")) || expand(get("quarkus.application.name")) || module;
  const tag = expand(get("quarkus.container-image.tag")) || projectVersion();
  return { image: [registry, group, name].filter(Boolean).join("/") + ":" + tag, jib };
}

/** Every file under deploy/k8s with the given ending, except the tests' own. */
export function filesUnder(dir, ending) {
  const found = [];
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (entry === "test" || entry === "node_modules" || entry.startsWith(".")) continue;
    if (statSync(p).isDirectory()) found.push(...filesUnder(p, ending));
    else if (p.endsWith(ending)) found.push(p);
  }
  return found;
}
