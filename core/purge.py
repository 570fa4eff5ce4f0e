"""What to purge from the page cache when content changes: the pages that show it.

Pages, images and page privacy are handled here for every app. Each feature app registers
its own models in its AppConfig.ready(): items with their own public page
(`register_published_items`, the model answers `paths_showing_it()`) and models that show
on every page, such as categories in menus and filters (`register_site_wide`)."""

from urllib.parse import urlsplit

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from .page_cache import purge_everything, purge_paths


def public_path(page):
    url = page.get_url()
    return urlsplit(url).path if url else None


def paths_showing_page(page):
    """The page, its ancestors (listings, home), the parent's feed, the sitemap, pages that
    link to it, and whatever else the page type says shows it."""
    ancestors = list(page.get_ancestors().filter(depth__gt=1))
    paths = [public_path(each) for each in [page, *ancestors]]
    if ancestors and (parent_path := public_path(ancestors[-1])):
        paths.append(f"{parent_path}feed/")
    specific = page.specific_deferred
    if hasattr(specific, "paths_showing_it"):
        paths += specific.paths_showing_it()
    paths += paths_referencing(page)
    return [path for path in paths if path] + ["/sitemap.xml"]


def paths_referencing(obj, with_listings=False):
    """Public pages of the pages and catalog items that use `obj` (a page or an image);
    `with_listings` adds the pages' ancestors, whose listings and home page show their
    cover images."""
    paths = []
    for reference in ReferenceIndex.get_references_to(obj).select_related("content_type"):
        model = reference.content_type.model_class()
        source = model._default_manager.filter(pk=reference.object_id).first() if model else None
        if isinstance(source, Page):
            ancestors = source.get_ancestors().filter(depth__gt=1) if with_listings else []
            paths += [public_path(page) for page in [source, *ancestors]]
        elif hasattr(source, "paths_showing_it"):
            paths += source.paths_showing_it()
    return paths


def is_in_menu_of_every_page(page):
    """A site's home page and its sections, and a section's sub-page that is (or was, before
    this save) marked "show in menus": the header menu lists them."""
    parent_path = page.path[: -Page.steplen]
    in_menu = Q(root_page=page.pk) | Q(root_page__path=parent_path)
    if page.show_in_menus or getattr(page, "_was_in_menus", False):
        in_menu |= Q(root_page__path=page.path[: -2 * Page.steplen])
    return Site.objects.filter(in_menu).exists()


def remember_menu_flag(sender, instance, **kwargs):
    """Before a page is saved: whether it was in menus, for is_in_menu_of_every_page when
    publishing takes it out."""
    if isinstance(instance, Page) and instance.pk:
        stored = Page.objects.filter(pk=instance.pk).values_list("show_in_menus", flat=True)
        instance._was_in_menus = bool(stored.first())


def purge_page(sender, instance, **kwargs):
    purge_paths(paths_showing_page(instance))
    if is_in_menu_of_every_page(instance):
        purge_everything()


def purge_item(sender, instance, **kwargs):
    purge_paths(instance.paths_showing_it())


def purge_all(sender, **kwargs):
    purge_everything()


def purge_image(sender, instance, created=False, **kwargs):
    # A new image shows nowhere yet; a changed or deleted one shows where it is used, and on
    # the listings and home page that show those pages' covers.
    if not created:
        purge_paths(paths_referencing(instance, with_listings=True))


def register_published_items(*models):
    """Purge where an item shows when it is published, unpublished or deleted."""
    for model in models:
        label = model._meta.label_lower
        published.connect(purge_item, sender=model, dispatch_uid=f"purge_published:{label}")
        unpublished.connect(purge_item, sender=model, dispatch_uid=f"purge_unpublished:{label}")
        post_delete.connect(purge_item, sender=model, dispatch_uid=f"purge_deleted:{label}")


def register_site_wide(*models):
    """Purge every page when one of these is saved or deleted (menus, filters, footers)."""
    for model in models:
        label = model._meta.label_lower
        post_save.connect(purge_all, sender=model, dispatch_uid=f"purge_all_saved:{label}")
        post_delete.connect(purge_all, sender=model, dispatch_uid=f"purge_all_deleted:{label}")


def connect_page_signals():
    """Pages, privacy and images: every app's pages show them."""
    from wagtail.images import get_image_model

    pre_save.connect(remember_menu_flag, dispatch_uid="purge_remember_menu_flag")
    page_published.connect(purge_page, dispatch_uid="purge_page_published")
    page_unpublished.connect(purge_page, dispatch_uid="purge_page_unpublished")
    post_delete.connect(purge_page, sender=Page, dispatch_uid="purge_page_deleted")
    # Both change the URLs of a whole branch; a move, the listings on both sides too.
    post_page_move.connect(purge_all, dispatch_uid="purge_page_moved")
    page_slug_changed.connect(purge_all, dispatch_uid="purge_page_slug_changed")
    # Privacy hides a whole branch from listings, menus and search: never serve it cached.
    register_site_wide(PageViewRestriction)
    image_model = get_image_model()
    post_save.connect(purge_image, sender=image_model, dispatch_uid="purge_image_saved")
    # Before the delete, while the references to the image can still be read.
    pre_delete.connect(purge_image, sender=image_model, dispatch_uid="purge_image_deleted")
