"""Generate the endpoint modules and models from the document, in process.

openapi-python-client 0.29.1 parses the document into its `GeneratorData` model and renders our
templates (`templates/`) with Jinja. Everything the templates would otherwise have to work out
(how each property decodes, what each success body must look like) is decided here, in typed
Python, and handed to them as globals:

- `decode_plan(model)`: a `codegen.decoding.ModelDecoding` for a model;
- `response_shape(response)`: a `codegen.response_shapes.ResponseShape` for a success response;
- `success_type(endpoint)`, `argument_check(parameter, location)`: see `codegen.endpoint_code`;
- `model_modules`: (class name, module name) of every model and enum, sorted by class name.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import attrs
from jinja2 import Environment
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.responses import Response
from ruamel.yaml import YAML

from codegen.decoding import Converts, ModelDecoding, decode_plan
from codegen.endpoint_code import argument_check, success_type
from codegen.response_shapes import ResponseShape, response_shape

__all__ = ["GenerationError", "generate_client"]

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates"
ENCODING = "utf-8"


class GenerationError(RuntimeError):
    """openapi-python-client reported errors, or a post hook failed."""


def generate_client(document: Path, output: Path) -> None:
    """Write the generated package for `document` into `output` (created or replaced)."""
    config = generator_config(document, output)
    project = client_project(document, config)
    with contextlib.redirect_stdout(io.StringIO()):
        errors = [error for error in project.build() if error.level is ErrorLevel.ERROR]
    if errors:
        raise GenerationError(_describe(errors))
    run_post_hooks(config.post_hooks, output)


def generator_config(document: Path, output: Path) -> Config:
    """generator-config.yml, as the command line would read it with `--meta none`."""
    config_file = ConfigFile.load_from_path(CONFIG)
    return Config.from_sources(config_file, MetaType.NONE, document, ENCODING, True, output)


def client_project(document: Path, config: Config) -> Project:
    """The parsed document and our templates, with the decisions installed (nothing written)."""
    data = YAML(typ="safe").load(document.read_bytes())
    openapi = GeneratorData.from_dict(data, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(_describe([openapi]))
    # The post hooks run after the build with this interpreter's tools, not whatever is on PATH.
    project = Project(
        openapi=openapi,
        config=attrs.evolve(config, post_hooks=[]),
        custom_template_path=TEMPLATES,
    )
    install_decisions(project.env, openapi)
    return project


def install_decisions(env: Environment, openapi: GeneratorData) -> None:
    """Hand the templates the decisions made in Python, as Jinja globals."""
    models = {str(model.class_info.name): model for model in openapi.models}
    converts = template_converts(env)

    def model_plan(model: ModelProperty) -> ModelDecoding:
        return decode_plan(model, models, converts)

    def success_shape(response: Response) -> ResponseShape:
        return response_shape(response.prop)

    classes = [model.class_info for model in openapi.models]
    classes += [enum.class_info for enum in openapi.enums]
    env.globals.update(
        success_type=success_type,
        argument_check=argument_check,
        decode_plan=model_plan,
        response_shape=success_shape,
        # (class name, module name) of every model and enum, for the lazy `models/__init__.py`.
        model_modules=sorted((str(info.name), str(info.module_name)) for info in classes),
    )


def template_converts(env: Environment) -> Converts:
    """Whether a property template converts received values: it has a `construct` macro."""

    @cache
    def converts(template_name: str) -> bool:
        template = env.get_template(f"property_templates/{template_name}")
        return hasattr(template.module, "construct")

    return converts


def run_post_hooks(commands: list[str], output: Path) -> None:
    """Run the configuration's post hooks in `output`, this interpreter's scripts first on PATH."""
    environment = dict(os.environ)
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}"
    for command in commands:
        result = subprocess.run(
            command, shell=True, cwd=output, env=environment, capture_output=True, text=True
        )
        if result.returncode != 0:
            raise GenerationError(f"post hook failed: {command}\n{result.stderr or result.stdout}")


def _describe(errors: list[GeneratorError]) -> str:
    return "\n".join(f"{error.header}: {error.detail or ''}" for error in errors)
