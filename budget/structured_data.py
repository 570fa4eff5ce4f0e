"""schema.org Dataset JSON-LD for a published APBDes, with its CSV and JSON downloads."""

from django.utils.translation import gettext as _


def dataset_jsonld(request, page, budget, village_name):
    page_url = request.build_absolute_uri(page.url)
    name = _("APBDes %(village)s Tahun %(year)s") % {"village": village_name, "year": budget.year}
    return {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": name,
        "description": _(
            "Anggaran Pendapatan dan Belanja Desa %(village)s tahun %(year)s: pendapatan per "
            "sumber, belanja per bidang, pembiayaan, dan realisasinya, per baris anggaran."
        )
        % {"village": village_name, "year": budget.year},
        "url": f"{page_url}?tahun={budget.year}",
        "inLanguage": "id",
        "isAccessibleForFree": True,
        "temporalCoverage": str(budget.year),
        "keywords": ["APBDes", "anggaran desa", "transparansi", village_name],
        "creator": {"@type": "GovernmentOrganization", "name": village_name},
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": encoding,
                "contentUrl": request.build_absolute_uri(
                    page.url + page.reverse_subpage(route, args=[budget.year])
                ),
            }
            for route, encoding in (("csv", "text/csv"), ("json", "application/json"))
        ],
    }
