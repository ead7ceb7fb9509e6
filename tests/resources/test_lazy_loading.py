"""`import servicetitan_crm` and a client cost neither the models nor the resource modules.

The time itself is measured by `python -m benchmarks --only import`; this checks the mechanism
that keeps it small: what a fresh interpreter has imported, not how long it took.
"""

from __future__ import annotations

import json
import subprocess
import sys

PROGRAM = """
import json, sys
import servicetitan_crm
st = servicetitan_crm.ServiceTitanClient(tenant=1, client_id="i", client_secret="s", app_key="k")
before = sorted(m for m in sys.modules if m.startswith(("servicetitan_crm.generated", "httpcore2")))
st.customers
after = sorted(m for m in sys.modules if m.startswith("servicetitan_crm.generated.resources"))
print(json.dumps([before, after]))
"""


def test_models_resources_and_the_http_pool_load_on_first_use() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=60, check=True
    )
    before, after = json.loads(result.stdout)

    assert not [m for m in before if m.startswith("servicetitan_crm.generated.models.")]
    assert not [m for m in before if m.startswith("servicetitan_crm.generated.api.")]
    assert "servicetitan_crm.generated.resources.customers" not in before
    assert not [m for m in before if m.startswith("httpcore2")]
    assert after == [
        "servicetitan_crm.generated.resources",
        "servicetitan_crm.generated.resources.customers",
    ]
