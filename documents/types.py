"""The kinds of village documents and their legal status (Permendagri 111/2014 and 20/2018)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentType(models.TextChoices):
    PERDES = "perdes", _("Peraturan Desa")
    PERKADES = "perkades", _("Peraturan Kepala Desa")
    KEPKADES = "kepkades", _("Keputusan Kepala Desa")
    PERBER = "perber", _("Peraturan Bersama Kepala Desa")
    APBDES = "apbdes", _("APBDes")
    PERUBAHAN_APBDES = "perubahan-apbdes", _("Perubahan APBDes")
    RPJMDES = "rpjmdes", _("RPJMDes")
    RKPDES = "rkpdes", _("RKPDes")
    LPPDES = "lppdes", _("LPPDes")
    REALISASI = "realisasi-apbdes", _("Laporan Realisasi APBDes")


class DocumentStatus(models.TextChoices):
    IN_FORCE = "berlaku", _("Berlaku")
    REVOKED = "dicabut", _("Dicabut")
    AMENDED = "diubah", _("Diubah")


# schema.org legislationLegalForce for each status.
LEGAL_FORCE = {
    DocumentStatus.IN_FORCE: "https://schema.org/InForce",
    DocumentStatus.REVOKED: "https://schema.org/NotInForce",
    DocumentStatus.AMENDED: "https://schema.org/PartiallyInForce",
}
