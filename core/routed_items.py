"""Items that are not pages (snippets) but have public pages of their own, served by a
routable index page of the site: wisata, products, legal documents."""

import functools

from django.apps import apps


@functools.cache
def model_for_label(label):
    """The model class for an "app_label.ModelName" string; it never changes once loaded."""
    return apps.get_model(label)


class RoutedByIndexPage:
    """A model mixin: the item's URL is its site's index page plus a "detail" route with the
    item's slug. Subclasses name the index page type in `index_page_model` as a string,
    because the page module imports the item modules and not the reverse; they carry
    `site` and `slug`."""

    index_page_model = None

    @classmethod
    def get_index_page_model(cls):
        return model_for_label(cls.index_page_model)

    @classmethod
    def index_page_for_site(cls, site):
        """The live, public page that lists and routes this kind of item on `site`."""
        return (
            cls.get_index_page_model()
            .objects.live()
            .public()
            .descendant_of(site.root_page, inclusive=True)
            .first()
        )

    def index_page(self):
        return self.index_page_for_site(self.site)

    def get_url(self, request=None, index_page=None):
        index_page = index_page or self.index_page()
        if index_page is None:
            return None
        return index_page.url + index_page.reverse_subpage("detail", args=[self.slug])

    def get_full_url(self, request=None, index_page=None):
        index_page = index_page or self.index_page()
        if index_page is None:
            return None
        return index_page.get_full_url(request) + index_page.reverse_subpage(
            "detail", args=[self.slug]
        )
