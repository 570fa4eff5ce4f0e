"""The "Pemerintahan" admin menu: perangkat desa, BPD and lembaga desa."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import BPDMember, BPDPosition, Institution, InstitutionKind, Official, Position

THUMBNAIL = "fill-60x60"


class PhotoColumn(Column):
    cell_template_name = "government/admin/photo_cell.html"

    def __init__(self, name, **kwargs):
        super().__init__(name, label=kwargs.pop("label", _("Foto")), **kwargs)

    def get_value(self, instance):
        image = getattr(instance, self.name)
        return image.get_rendition(THUMBNAIL) if image else None


class YesNoColumn(Column):
    """Ya or Tidak in words: Wagtail's BooleanColumn names its icons True and False."""

    def get_value(self, instance):
        return _("Ya") if getattr(instance, self.name) else _("Tidak")


class GovernmentViewSet(SnippetViewSet):
    list_per_page = 50
    copy_view_enabled = False
    # The edit form shows every field; Wagtail's inspect view would print None and True.
    inspect_view_enabled = False
    # A name typed in part ("Sugeng") should match: Django's icontains, no search index.
    search_backend_name = None
    photo_field = "photo"

    def get_queryset(self, request):
        return self.model.objects.select_related(self.photo_field).prefetch_related(
            f"{self.photo_field}__renditions"
        )


class OfficialFilterSet(WagtailFilterSet):
    position = django_filters.ChoiceFilter(
        label=_("Jabatan"), choices=Position.choices, empty_label=_("Semua jabatan")
    )
    active = django_filters.ChoiceFilter(
        label=_("Tampil di halaman"),
        choices=[("ya", _("Ya")), ("tidak", _("Tidak"))],
        empty_label=_("Semua"),
        method="filter_active",
    )

    def filter_active(self, queryset, name, value):
        return queryset.filter(active=value == "ya")

    class Meta:
        model = Official
        fields = ["position", "active"]


class OfficialViewSet(GovernmentViewSet):
    model = Official
    icon = "user"
    menu_label = _("Perangkat desa")
    filterset_class = OfficialFilterSet
    search_fields = ["name", "area"]
    list_display = [
        PhotoColumn("photo"),
        TitleColumn("name", label=_("Nama"), url_name="wagtailsnippets_government_official:edit"),
        Column("job_title", label=_("Jabatan")),
        Column("term_text", label=_("Masa jabatan")),
        YesNoColumn("active", label=_("Tampil")),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).in_hierarchy_order()


class BPDMemberFilterSet(WagtailFilterSet):
    position = django_filters.ChoiceFilter(
        label=_("Jabatan"), choices=BPDPosition.choices, empty_label=_("Semua jabatan")
    )

    class Meta:
        model = BPDMember
        fields = ["position"]


class BPDMemberViewSet(GovernmentViewSet):
    model = BPDMember
    icon = "group"
    menu_label = _("Anggota BPD")
    filterset_class = BPDMemberFilterSet
    search_fields = ["name"]
    list_display = [
        PhotoColumn("photo"),
        TitleColumn("name", label=_("Nama"), url_name="wagtailsnippets_government_bpdmember:edit"),
        Column("position", label=_("Jabatan"), accessor="get_position_display"),
        Column("term_text", label=_("Masa jabatan")),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).in_hierarchy_order()


class InstitutionFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Jenis lembaga"), choices=InstitutionKind.choices, empty_label=_("Semua jenis")
    )

    class Meta:
        model = Institution
        fields = ["kind"]


class InstitutionViewSet(GovernmentViewSet):
    model = Institution
    icon = "home"
    menu_label = _("Lembaga desa")
    filterset_class = InstitutionFilterSet
    photo_field = "logo"
    search_fields = ["name", "leader_name", "description"]
    list_display = [
        PhotoColumn("logo", label=_("Logo")),
        TitleColumn(
            "name", label=_("Nama"), url_name="wagtailsnippets_government_institution:edit"
        ),
        Column("kind", label=_("Jenis"), accessor="get_kind_display"),
        Column("leader_name", label=_("Ketua")),
        Column("member_count", label=_("Anggota")),
    ]


class GovernmentViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Pemerintahan")
    menu_icon = "group"
    menu_order = 260
    items = (OfficialViewSet, BPDMemberViewSet, InstitutionViewSet)


register_snippet(GovernmentViewSetGroup)
