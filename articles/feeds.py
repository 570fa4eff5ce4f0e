"""RSS 2.0 feed of an article index's newest articles, with a cover image per item."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from core.models import SOCIAL_IMAGE_SPEC, VillageSettings


class RssWithImages(Rss201rev2Feed):
    """RSS 2.0 plus Media RSS, the namespace feed readers use for item images."""

    def rss_attributes(self):
        attrs = super().rss_attributes()
        attrs["xmlns:media"] = "http://search.yahoo.com/mrss/"
        return attrs

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if image := item.get("image"):
            handler.addQuickElement(
                "media:content",
                attrs={
                    "url": image["url"],
                    "medium": "image",
                    "type": "image/jpeg",
                    "width": str(image["width"]),
                    "height": str(image["height"]),
                },
            )


class ArticleFeed(Feed):
    feed_type = RssWithImages

    def get_object(self, request, index_page):
        self.request = request
        self.village = VillageSettings.for_request(request)
        return index_page

    def title(self, index_page):
        return f"{index_page.title} – {self.village.village_name}"

    def link(self, index_page):
        return index_page.get_full_url(self.request)

    def description(self, index_page):
        return index_page.intro or _("Berita terbaru dari %(village)s") % {
            "village": self.village.village_name
        }

    def items(self, index_page):
        return index_page.articles()[: index_page.feed_size]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        # Feed readers render <description> as HTML; the intro is plain text, so any markup
        # an editor typed in it must show as text, never run.
        return escape(article.intro)

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return article.published_at

    def item_author_name(self, article):
        return article.author_name or None

    def item_categories(self, article):
        return [category.name for category in article.categories.all()]

    def item_extra_kwargs(self, article):
        if not article.cover_image:
            return {}
        rendition = article.cover_image.get_rendition(SOCIAL_IMAGE_SPEC)
        return {
            "image": {
                "url": self.request.build_absolute_uri(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
            }
        }
