"""One page of a listing and the page links around it, as every listing shows them."""

from django.core.paginator import Paginator


def paginate(items, per_page, page_number):
    """Return (page_obj, page_range); a bad or out-of-range number gives the nearest page."""
    page_obj = Paginator(items, per_page).get_page(page_number)
    page_range = page_obj.paginator.get_elided_page_range(
        page_obj.number, on_each_side=2, on_ends=1
    )
    return page_obj, page_range
