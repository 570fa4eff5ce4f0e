from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from wagtail.search.index import class_is_indexed


def retire_search_results(sender, **kwargs):
    if class_is_indexed(sender):
        from .engine import retire_cached_results

        retire_cached_results()


def retire_search_results_on_privacy_change(sender, **kwargs):
    from .engine import retire_cached_results

    retire_cached_results()


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        from wagtail.models import CollectionViewRestriction, PageViewRestriction

        # Publishing, unpublishing, editing or deleting anything searchable retires the
        # cached results, so readers never see a stale or unpublished hit.
        post_save.connect(retire_search_results, dispatch_uid="retire_search_results_on_save")
        post_delete.connect(retire_search_results, dispatch_uid="retire_search_results_on_delete")
        # Privacy is not indexed content, yet a page or collection made private must leave
        # the results (and the did-you-mean words) at once.
        for model in (PageViewRestriction, CollectionViewRestriction):
            label = model._meta.label_lower
            post_save.connect(
                retire_search_results_on_privacy_change,
                sender=model,
                dispatch_uid=f"retire_search_results_saved:{label}",
            )
            post_delete.connect(
                retire_search_results_on_privacy_change,
                sender=model,
                dispatch_uid=f"retire_search_results_deleted:{label}",
            )
