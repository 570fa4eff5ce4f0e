"""schema.org JSON-LD for catalog detail pages, so search engines can show a spot's hours
and location or a product's price, stock and where to buy it."""

from .opening_hours import open_days_by_hours

# schema.org day names, in the order of the opening-hours block's weekday numbers (0 = Monday).
SCHEMA_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def opening_hours_specification(weekdays, opens_at, closes_at):
    """One specification for all the days with these hours: a day, or a list of days."""
    days = [f"https://schema.org/{SCHEMA_WEEKDAYS[weekday]}" for weekday in weekdays]
    return {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": days[0] if len(days) == 1 else days,
        "opens": opens_at.strftime("%H:%M"),
        "closes": closes_at.strftime("%H:%M"),
    }


def place_properties(item):
    """A located item's schema.org Place properties: its address on one line and its point,
    each only when known."""
    properties = {}
    if item.address.strip():
        properties["address"] = " ".join(item.address.split())
    location = item.location()
    if location is not None:
        properties["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(location.latitude),
            "longitude": float(location.longitude),
        }
    return properties


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
    data.update(place_properties(spot))
    hours = [opening_hours_specification(*group) for group in open_days_by_hours(spot.week())]
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
    # Where the seller sells it or hands it over: a Place the offer is available from.
    place = place_properties(product)
    if place:
        data["offers"]["availableAtOrFrom"] = {"@type": "Place", **place}
    if image_url:
        data["image"] = [image_url]
    return data
