"""schema.org JSON-LD for the Pemerintahan page: the village government and its officials."""


def person(official):
    return {"@type": "Person", "name": official.name, "jobTitle": official.job_title}


def government_organization_jsonld(village, url, officials):
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": village.village_name,
        "url": url,
    }
    if village.address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": " ".join(village.address.split()),
            "addressCountry": "ID",
        }
    if village.phone:
        data["telephone"] = village.phone
    if village.email:
        data["email"] = village.email
    if officials:
        data["employee"] = [person(official) for official in officials]
    return data
