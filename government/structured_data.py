"""schema.org JSON-LD for the Pemerintahan page: the village government and its officials."""


def person(official):
    return {"@type": "Person", "name": official.name, "jobTitle": official.job_title}


def government_organization_jsonld(organization, officials):
    """The site's village office (core.structured_data, the same @id as on every page) with
    its officials as employees."""
    data = dict(organization)
    if officials:
        data["employee"] = [person(official) for official in officials]
    return data
