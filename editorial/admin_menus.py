"""The admin's menus carry no Wagtail branding: Bantuan points to the site's own Panduan,
not to Wagtail's English guide on guide.wagtail.org (which an office LAN without internet
cannot open anyway), and Pengaturan shows no "Wagtail v8" footer."""

from django.urls import reverse
from wagtail.admin.menu import MenuItem, SubmenuMenuItem
from wagtail.admin.wagtail_hooks import SettingsMenuItem

from .dashboard import can_moderate
from .panduan import GUIDES

# Wagtail's "What's new in Wagtail" and "Editor Guide" items (wagtail/admin/wagtail_hooks.py).
WAGTAIL_GUIDE_ITEMS = ("whats-new-in-wagtail-", "editor-guide")


class GuideMenuItem(MenuItem):
    def __init__(self, guide, order):
        super().__init__(
            guide.title,
            reverse("editorial_panduan:guide", args=[guide.slug]),
            name=f"panduan-{guide.slug}",
            icon_name="help",
            order=order,
        )
        self.guide = guide

    def is_shown(self, request):
        return not self.guide.moderators_only or can_moderate(request.user)


def guide_menu_item(slug):
    """The help menu's link to one guide; built when the menu is, after the URLconf."""
    return GuideMenuItem(GUIDES[slug], order=900 + list(GUIDES).index(slug))


def without_wagtail_guides(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_GUIDE_ITEMS)]


def without_wagtail_version(request, menu_items):
    """The same Pengaturan menu, without the "Wagtail v8.0.1" its own class writes under it."""
    for position, item in enumerate(menu_items):
        if isinstance(item, SettingsMenuItem):
            menu_items[position] = SubmenuMenuItem(
                item.label,
                item.menu,
                name=item.name,
                icon_name=item.icon_name,
                classname=item.classname,
                attrs=item.attrs,
                order=item.order,
            )
