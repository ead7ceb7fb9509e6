"""The code generator: reads `openapi/openapi.yaml` once into a typed model and renders from it."""
