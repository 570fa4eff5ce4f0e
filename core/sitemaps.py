"""Sitemap sections for items that have no page of their own but are served by an index
page (wisata, products, legal documents), beside Wagtail's sitemap of pages."""

from wagtail.contrib.sitemaps import Sitemap


class RoutedItemSitemap(Sitemap):
    """Live items of the request's site at their address under the live, public index page
    that serves them; none while that page is missing, unpublished or private.

    `model` answers `index_page_for_site(site)`, `objects.live_for_site(site)` and
    `item.get_full_url(request, index_page=...)`, as core.routed_items.RoutedByIndexPage
    items do."""

    model = None

    @classmethod
    def for_model(cls, model):
        return type(f"{model.__name__}Sitemap", (cls,), {"model": model})

    def items(self):
        site = self.get_wagtail_site()
        self.index_page = self.model.index_page_for_site(site)
        if self.index_page is None:
            return self.model.objects.none()
        return self.model.objects.live_for_site(site).order_by("pk")

    def location(self, item):
        return item.get_full_url(self.request, index_page=self.index_page)

    def lastmod(self, item):
        return item.last_published_at or item.first_published_at

    def _urls(self, page, protocol, domain):
        # Locations are absolute already, from the site's own root URL, as Wagtail's pages are.
        urls = [
            {"item": item, "location": self.location(item), "lastmod": self.lastmod(item)}
            for item in self.paginator.page(page).object_list
        ]
        last_mods = {url["lastmod"] for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
