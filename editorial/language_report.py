"""What the admin language report checks besides the browser's screens, gathered through
the real admin views with Django's test client (so the tests can run it without chromium):
the help menu, every moderation e-mail, and the error messages of the article, wisata and
product forms. Each is a Screen: a name, the texts a person reads, and the links."""

import json
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.admin.utils import quote
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.admin.mail import send_notification
from wagtail.fields import StreamField
from wagtail.models import Comment, Page
from wagtail.test.utils.form_data import querydict_from_html

from articles.models import ArticleIndexPage, ArticlePage
from catalog.models import Product, TourismSpot

from .language_check import english_segments

WAGTAIL_WORD = re.compile(r"\bwagtail\b", re.IGNORECASE)
URL = re.compile(r"https?://\S+")
PAGE_FORM = "page-edit-form"
SNIPPET_FORM = "w-editor-form"
# Values that each form must refuse, per field; a field the form does not have is skipped.
INVALID_VALUES = {
    "slug": "judul dengan spasi!",
    "publication_date": "kemarin sore",
    "price": "0",
    "original_price": "seribu",
    "ticket_price": "-5",
    "seller_whatsapp": "12",
    "contact_phone": "bukan nomor",
    "latitude": "200",
    "longitude": "bujur",
    "location": "bukan tautan peta",
}


class ReportError(Exception):
    """A flow the report drives did not do what the admin does for an editor."""


@dataclass
class Screen:
    name: str
    segments: list
    links: list = field(default_factory=list)

    @property
    def english(self):
        return english_segments(self.segments, settings.BASE_DIR)

    @property
    def wagtail_findings(self):
        """Wagtail's name in the text, or a link to wagtail.org (its English guide)."""
        return [s for s in self.segments if WAGTAIL_WORD.search(s)] + [
            link for link in self.links if "wagtail.org" in link
        ]


def unique(texts):
    return list(dict.fromkeys(text for text in texts if text))


def readable_lines(text):
    """Lines of text as a person reads them; addresses are not words of any language."""
    return unique(" ".join(URL.sub(" ", line).split()) for line in text.splitlines())


def html_lines(html):
    return readable_lines(BeautifulSoup(html, "html.parser").get_text("\n"))


def admin_client(user):
    # A host every settings file allows (the report runs on the dev settings).
    client = Client(SERVER_NAME="localhost")
    client.force_login(user)
    return client


# --- The help menu ----------------------------------------------------------------------


def sidebar_submenu(props, name):
    """The (label, url) of each item in the sidebar's submenu `name`, from the sidebar's
    props (the JSON the admin page hands to the sidebar's script)."""

    def walk(node):
        if isinstance(node, dict):
            args = node.get("_args")
            if node.get("_type", "").endswith("SubMenuItem") and args[0]["name"] == name:
                return [
                    (item["_args"][0]["label"], item["_args"][0].get("url", "")) for item in args[1]
                ]
            return next(filter(None, (walk(value) for value in node.values())), None)
        if isinstance(node, list):
            return next(filter(None, (walk(value) for value in node)), None)
        return None

    return walk(props) or []


def help_menu_screen(user):
    response = admin_client(user).get(reverse("wagtailadmin_home"))
    script = BeautifulSoup(response.content, "html.parser").select_one("#wagtail-sidebar-props")
    items = sidebar_submenu(json.loads(script.string), "help")
    return Screen(
        f"Tautan menu Bantuan ({user.get_username()})",
        [label for label, _url in items],
        [url for _label, url in items],
    )


# --- Moderation e-mails -----------------------------------------------------------------


def email_screen(name, message):
    segments = [message.subject, *readable_lines(message.body)]
    links = URL.findall(message.body)
    for content, mimetype in getattr(message, "alternatives", []):
        if mimetype == "text/html":
            segments += html_lines(content)
            soup = BeautifulSoup(content, "html.parser")
            links += [a["href"] for a in soup.select("a[href]")]
    recipients = ", ".join(message.to)
    return Screen(f"E-mail: {name} → {recipients}", unique(segments), unique(links))


def workflow_action_url(item, action):
    task_state = item.current_workflow_task_state
    if task_state is None:
        raise ReportError(f"{item} is not waiting for moderation")
    if isinstance(item, Page):
        return reverse("wagtailadmin_pages:workflow_action", args=[item.pk, action, task_state.pk])
    name = item.snippet_viewset.get_url_name("workflow_action")
    return reverse(name, args=[quote(item.pk), action, task_state.pk])


def moderate(moderator, item, action, comment):
    """Approve or reject through the admin's workflow action view, as the dialog posts."""
    response = admin_client(moderator).post(workflow_action_url(item, action), {"comment": comment})
    if response.status_code != 302:
        raise ReportError(f"{action} {item}: status {response.status_code}")


def submit(penulis, item):
    """What the editor's "Kirim ke moderator" does: a revision, then the workflow starts."""
    item.save_revision(user=penulis)
    item.get_workflow().start(item, penulis)


def notify_comment(penulis, moderator, article):
    """Wagtail's comment e-mail, as the page editor sends it to the page's subscribers."""
    comment = Comment.objects.create(
        page=article,
        user=moderator,
        text="Mohon tambahkan tanggal kegiatan di paragraf pertama.",
        contentpath="title",
        revision_created=article.latest_revision,
    )
    send_notification(
        [penulis],
        "updated_comments",
        {
            "page": article,
            "editor": moderator,
            "new_comments": [comment],
            "resolved_comments": [],
            "deleted_comments": [],
            "replied_comments": [],
        },
    )


def moderation_email_screens(penulis, moderator, article, spot, product):
    """Every e-mail the Moderasi workflow sends, through the real flows: each item submitted
    (moderators are told), the article approved with a comment, the spot approved without
    one, the product rejected with a reason (the author is told); a comment on the article,
    and a password reset. The items must not be in moderation yet."""
    if not hasattr(mail, "outbox"):
        mail.outbox = []
    screens = []

    def record(name, action):
        sent_before = len(mail.outbox)
        action()
        sent = mail.outbox[sent_before:]
        if not sent:
            raise ReportError(f"no e-mail for: {name}")
        screens.extend(email_screen(name, message) for message in sent)

    for label, item in [("berita", article), ("wisata", spot), ("produk", product)]:
        record(f"{label} dikirim ke moderator", lambda item=item: submit(penulis, item))
    record(
        "berita disetujui dengan komentar",
        lambda: moderate(moderator, article, "approve", "Terima kasih, beritanya rapi."),
    )
    record("wisata disetujui", lambda: moderate(moderator, spot, "approve", ""))
    record(
        "produk ditolak dengan alasan",
        lambda: moderate(moderator, product, "reject", "Tambahkan foto produk dan harganya."),
    )
    record("komentar baru", lambda: notify_comment(penulis, moderator, article))
    record(
        "atur ulang kata sandi",
        lambda: Client(SERVER_NAME="localhost").post(
            reverse("wagtailadmin_password_reset"), {"email": penulis.email}
        ),
    )
    return screens


# --- Form errors ------------------------------------------------------------------------


def error_texts(html):
    """The error messages a page shows: per field, per form, and in the message bar."""
    soup = BeautifulSoup(html, "html.parser")
    elements = soup.select(".error-message, .help-critical, .messages li.error")
    return unique(" ".join(element.get_text(" ").split()) for element in elements)


def posted_form(response, form_id, model):
    """The form's fields as the browser would post them untouched (templates left out);
    StreamFields, which the browser's script writes, as empty streams."""
    data = querydict_from_html(response.content.decode(), form_id=form_id)
    fields = {key: values for key, values in data.lists() if "__prefix__" not in key}
    for model_field in model._meta.get_fields():
        if isinstance(model_field, StreamField):
            fields[f"{model_field.name}-count"] = ["0"]
    return fields


def add_forms():
    """(name, model, add URL, form id) of each form a penulis fills in."""
    index = ArticleIndexPage.objects.order_by("path").first()
    opts = ArticlePage._meta
    article_url = reverse(
        "wagtailadmin_pages:add", args=[opts.app_label, opts.model_name, index.pk]
    )
    return [
        ("berita", ArticlePage, article_url, PAGE_FORM),
        (
            "wisata",
            TourismSpot,
            reverse(TourismSpot.snippet_viewset.get_url_name("add")),
            SNIPPET_FORM,
        ),
        ("produk", Product, reverse(Product.snippet_viewset.get_url_name("add")), SNIPPET_FORM),
    ]


def form_error_screens(penulis):
    """Each add form posted as a penulis: empty with "Simpan draf", empty with "Kirim ke
    moderator", and with invalid values; one screen per form with every error it showed."""
    client = admin_client(penulis)
    screens = []
    for name, model, url, form_id in add_forms():
        empty = posted_form(client.get(url), form_id, model)
        invalid = empty | {key: value for key, value in INVALID_VALUES.items() if key in empty}
        errors = []
        for data in [empty, empty | {"action-submit": "1"}, invalid]:
            response = client.post(url, data)
            if response.status_code != 200:
                raise ReportError(f"{name}: the form was accepted ({response.status_code})")
            errors += error_texts(response.content)
        screens.append(Screen(f"Kesalahan formulir {name}", unique(errors)))
    return screens
