"""schema.org JSON-LD for catalog detail pages, so search engines can show a spot's hours
and location or a product's price and stock."""

# schema.org day names, in the order of the opening-hours block's weekday numbers (0 = Monday).
SCHEMA_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def tourist_attraction_jsonld(spot, url, image_url):
    data = {
        "@context": "https://schema.org",
        "@type": "TouristAttraction",
        "name": spot.name,
        "description": spot.short_description,
        "url": url,
        "isAccessibleForFree": spot.ticket_price == 0,
        "touristType": spot.category.name,
    }
    if image_url:
        data["image"] = [image_url]
    if spot.address:
        data["address"] = " ".join(spot.address.split())
    if spot.latitude is not None and spot.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(spot.latitude),
            "longitude": float(spot.longitude),
        }
    hours = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{SCHEMA_WEEKDAYS[day.weekday]}",
            "opens": day["opens_at"].strftime("%H:%M"),
            "closes": day["closes_at"].strftime("%H:%M"),
        }
        for day in spot.weekly_hours()
        if not day["closed"]
    ]
    if hours:
        data["openingHoursSpecification"] = hours
    if spot.contact_phone:
        data["telephone"] = spot.contact_phone
    return data


def schema_availability(product):
    # Read through the instance: the models import this module, so it cannot import them.
    availability = product.Availability
    return {
        availability.AVAILABLE: "https://schema.org/InStock",
        availability.PRE_ORDER: "https://schema.org/PreOrder",
        availability.SOLD_OUT: "https://schema.org/OutOfStock",
    }[product.availability]


def product_jsonld(product, url, image_url):
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.name,
        "description": product.plain_description(),
        "url": url,
        "category": product.category.name,
        "offers": {
            "@type": "Offer",
            "price": str(product.price),
            "priceCurrency": "IDR",
            "availability": schema_availability(product),
            "url": url,
            "seller": {"@type": "Person", "name": product.seller_name},
        },
    }
    if image_url:
        data["image"] = [image_url]
    return data
