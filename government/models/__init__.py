from .base import GovernmentRecord, TermOfOffice
from .chart import OrganisationChart
from .institutions import Institution, InstitutionKind
from .pages import GovernmentPage
from .people import BPDMember, BPDPosition, Official, Position

__all__ = [
    "BPDMember",
    "BPDPosition",
    "GovernmentPage",
    "GovernmentRecord",
    "Institution",
    "InstitutionKind",
    "Official",
    "OrganisationChart",
    "Position",
    "TermOfOffice",
]
