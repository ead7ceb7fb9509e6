"""Every request and response model, importable in one short line.

    from servicetitan_crm.models import CreateCustomerRequest, CustomerAddress, CustomerType

The classes are the generated attrs models of `servicetitan_crm.generated.models` (built from
`openapi/openapi.yaml`), re-exported so user code does not depend on the generated layout.
"""

from .generated.models import *  # noqa: F403
from .generated.models import __all__ as __all__
