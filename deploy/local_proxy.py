"""`make serve` as production runs it: nginx (deploy/nginx/desa.conf) in front of gunicorn.

nginx listens on HOST:PORT and passes pages to gunicorn on a private port, so slow clients
(slowloris, phones on bad links) hold nginx's connections, never a gunicorn worker. Without
nginx on the machine, gunicorn serves HOST:PORT itself and a line says so.

tests/test_deploy_nginx.py builds its configuration with `nginx_conf` too."""

import getpass
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
SITE_CONF = PROJECT_DIR / "deploy" / "nginx" / "desa.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def nginx_conf(folder, listen, upstream, static_root, media_root):
    """Write a whole nginx.conf into `folder` around the shipped site file, listening on
    `listen` (host:port), passing to `upstream` (host:port); returns its path."""
    folder = Path(folder)
    site = SITE_CONF.read_text()
    site = site.replace("server 127.0.0.1:8000;", f"server {upstream};")
    site = site.replace("listen 80;", f"listen {listen};")
    site = site.replace("/srv/desa/staticfiles/", f"{static_root}/")
    site = site.replace("/srv/desa/media/", f"{media_root}/")
    site = site.replace("/var/cache/nginx/desa", f"{folder}/cache")
    (folder / "desa.conf").write_text(site)
    temp_paths = "\n".join(
        f"    {kind}_temp_path {folder}/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    conf = folder / "nginx.conf"
    conf.write_text(
        # Workers read the project's files as their owner.
        f"user {getpass.getuser()};\n"
        f"pid {folder}/nginx.pid;\n"
        f"error_log {folder}/error.log;\n"
        "daemon off;\n"
        "worker_processes auto;\n"
        "events {}\n"
        "http {\n"
        "    include /etc/nginx/mime.types;\n"
        "    access_log off;\n"
        f"{temp_paths}\n"
        f"    include {folder}/desa.conf;\n"
        "}\n"
    )
    return conf


def private_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main():
    host, port = os.environ.get("HOST", "127.0.0.1"), os.environ.get("PORT", "8000")
    gunicorn = [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py"]
    if not Path(NGINX).exists():
        print("nginx tidak ditemukan: gunicorn melayani langsung di port", port, flush=True)
        os.execv(gunicorn[0], gunicorn)
    folder = Path(os.environ.get("NGINX_DIR", PROJECT_DIR / "var" / "nginx"))
    folder.mkdir(parents=True, exist_ok=True)
    app_port = private_port()
    # The same defaults as the settings (village_site/settings/base.py).
    static_root = Path(os.environ.get("STATIC_ROOT", PROJECT_DIR / "staticfiles")).resolve()
    media_root = Path(os.environ.get("MEDIA_ROOT", PROJECT_DIR / "media")).resolve()
    conf = nginx_conf(folder, f"{host}:{port}", f"127.0.0.1:{app_port}", static_root, media_root)
    # The app takes the client's address from the one hop it trusts: nginx.
    app_env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(app_port), "BEHIND_PROXY": "true"}
    app = subprocess.Popen(gunicorn, cwd=PROJECT_DIR, env=app_env)
    proxy = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(folder)])
    print(f"nginx di http://{host}:{port}/ meneruskan ke gunicorn di port {app_port}", flush=True)

    def stop(*_):
        for process in (proxy, app):
            if process.poll() is None:
                process.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        os.wait()  # whichever exits first (Ctrl-C, or a crash) stops the other
    finally:
        stop()
        for process in (proxy, app):
            process.wait()


if __name__ == "__main__":
    main()
