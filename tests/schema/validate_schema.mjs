#!/usr/bin/env node
// Validates post-mortem files against the JSON Schema with a real validator.
// usage: node tests/schema/validate_schema.mjs SCHEMA FILE...
// Prints one line per file ("ok FILE" or "FAIL FILE: /pointer: message ...");
// exits 1 when any file fails, 2 on a usage or schema error.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: node tests/schema/validate_schema.mjs SCHEMA FILE...");
  process.exit(2);
}

let validate;
try {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
} catch (e) {
  console.error(`${schemaPath}: invalid schema: ${e.message}`);
  process.exit(2);
}

let failures = 0;
for (const file of files) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    failures++;
    console.log(`FAIL ${file}: ${e.message}`);
    continue;
  }
  if (validate(data)) {
    console.log(`ok ${file}`);
  } else {
    failures++;
    const errors = validate.errors
      .map((e) => `${e.instancePath || "(document)"}: ${e.message}`)
      .join("; ");
    console.log(`FAIL ${file}: ${errors}`);
  }
}
process.exit(failures === 0 ? 0 : 1);
