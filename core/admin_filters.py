"""Admin listing filters that the moderated kinds of content share."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState


def publication_filter(label):
    """Live, draft or waiting for a moderator: the three states editors ask about. Use on a
    filter set that has PublicationFilterMixin."""
    return django_filters.ChoiceFilter(
        label=label,
        method="filter_publication",
        choices=[("terbit", _("Terbit")), ("draf", _("Draf")), ("moderasi", _("Dalam moderasi"))],
        empty_label=_("Semua"),
    )


class PublicationFilterMixin:
    def filter_publication(self, queryset, name, value):
        in_moderation = queryset.filter(
            workflow_states__status=WorkflowState.STATUS_IN_PROGRESS
        ).values("pk")
        if value == "terbit":
            return queryset.filter(live=True)
        if value == "moderasi":
            return queryset.filter(pk__in=in_moderation)
        return queryset.filter(live=False).exclude(pk__in=in_moderation)
