"""What both QGIS checks share: QGIS started headless with a throwaway authentication database,
a Basic authentication configuration holding an API token (as README's QGIS steps connect), and
one layer drawn into a PNG. Needs Debian's python3-qgis and qgis-providers.
"""
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QGIS_AUTH_DB_DIR_PATH"] = tempfile.mkdtemp(prefix="qgis-auth-")

from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsCoordinateReferenceSystem,  # noqa: E402
                       QgsMapRendererSequentialJob, QgsMapSettings)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def start():
    """QGIS, initialised; its message log (where it says why a layer is invalid) is printed."""
    app = QgsApplication([], False)
    app.initQgis()
    QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: print("qgis:", tag, message))
    return app


def basic_auth(token):
    """The id of a new Basic authentication configuration: any user name, the token as password."""
    auth = QgsApplication.authManager()
    auth.setMasterPassword("housesafe-check", True)
    config = QgsAuthMethodConfig()
    config.setMethod("Basic")
    config.setName("HouseSafe")
    config.setConfig("username", "qgis")
    config.setConfig("password", token)
    _, config = auth.storeAuthenticationConfig(config)
    return config.id()


def draw(layer, crs, extent, out):
    """Draws layer over extent (in crs) into out, 800×600; returns the non-white pixels (every 4th counted)."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem(crs))
    settings.setOutputSize(QSize(800, 600))
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setExtent(extent)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(out)
    drawn = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                if image.pixel(x, y) & 0xFFFFFF != 0xFFFFFF)
    print("pixels drawn:", drawn, "errors:", [e.message for e in job.errors()])
    return drawn
