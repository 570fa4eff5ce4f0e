"""The Panduan's admin views: an index and one guide per role."""

from django.http import Http404
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .dashboard import can_moderate
from .panduan import GUIDES


class PanduanMixin(WagtailAdminTemplateMixin):
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse_lazy("editorial_panduan:index"), "label": _("Panduan")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["guides"] = [
            {"guide": guide, "url": reverse("editorial_panduan:guide", args=[guide.slug])}
            for guide in GUIDES.values()
            if not guide.moderators_only or can_moderate(self.request.user)
        ]
        return context


class PanduanIndexView(PanduanMixin, TemplateView):
    template_name = "editorial/panduan/index.html"
    page_title = _("Panduan")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]


class GuideView(PanduanMixin, TemplateView):
    def dispatch(self, request, *args, **kwargs):
        self.guide = GUIDES.get(kwargs["slug"])
        if self.guide is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_template_names(self):
        return [self.guide.template_name]

    def get_page_title(self):
        return self.guide.title

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.guide.title}]
