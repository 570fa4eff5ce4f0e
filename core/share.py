"""Share links as plain URLs, so sharing needs no third-party script."""

from urllib.parse import quote, urlencode


def _query(params):
    return urlencode(params, quote_via=quote)


def share_links(url, title):
    text = f"{title} {url}"
    return [
        {
            "network": "whatsapp",
            "label": "WhatsApp",
            "url": f"https://wa.me/?{_query({'text': text})}",
        },
        {
            "network": "facebook",
            "label": "Facebook",
            "url": f"https://www.facebook.com/sharer/sharer.php?{_query({'u': url})}",
        },
        {
            "network": "x",
            "label": "X",
            "url": f"https://x.com/intent/post?{_query({'text': title, 'url': url})}",
        },
        {
            "network": "telegram",
            "label": "Telegram",
            "url": f"https://t.me/share/url?{_query({'url': url, 'text': title})}",
        },
        {
            "network": "email",
            "label": "E-mail",
            "url": f"mailto:?{_query({'subject': title, 'body': text})}",
        },
    ]
