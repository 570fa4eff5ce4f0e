"""Search statistics beyond Wagtail's daily hits: which queries found nothing, and which
popular queries a moderator let readers see."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class ZeroResultDailyHits(models.Model):
    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="zero_result_hits")
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("pencarian tanpa hasil")
        verbose_name_plural = _("pencarian tanpa hasil")
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="unique_zero_result_day")
        ]

    def __str__(self):
        return f"{self.query} ({self.date}: {self.hits})"

    @classmethod
    def add_hit(cls, query):
        daily, _created = cls.objects.get_or_create(query=query, date=timezone.localdate())
        daily.hits = models.F("hits") + 1
        daily.save(update_fields=["hits"])


class ApprovedPopularQuery(models.Model):
    """A query a moderator approved for the public "Pencarian populer" list: readers' queries
    are anyone's text, so none is shown until someone has read it."""

    query = models.OneToOneField(
        Query, on_delete=models.CASCADE, primary_key=True, related_name="public_approval"
    )
    approved_at = models.DateTimeField(_("disetujui pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("pencarian populer yang ditampilkan")
        verbose_name_plural = _("pencarian populer yang ditampilkan")

    def __str__(self):
        return str(self.query)
