"""Loads the buildings through OGC API Features in QGIS, headless, the way README's QGIS steps
connect: a WFS/OGC API connection whose Basic authentication configuration holds an API token.

    /usr/bin/python3 scripts/qgis-ogc-check.py BASE_URL TOKEN OUT.png

Prints whether the layer is valid, how many features QGIS read (every page) and how many pixels
of the picture it drew (every 4th pixel counted); exit status 1 when the layer is invalid, has no
features or drew none. A refused token makes QGIS wait for credentials: run it under `timeout`.
Needs Debian's python3-qgis and qgis-providers.
"""
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QGIS_AUTH_DB_DIR_PATH"] = tempfile.mkdtemp(prefix="qgis-auth-")

from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsCoordinateReferenceSystem,  # noqa: E402
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

base, token, out = sys.argv[1:4]
app = QgsApplication([], False)
app.initQgis()
# QGIS says why a layer is invalid only in its message log: pass it on.
QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: print("qgis:", tag, message))
auth = QgsApplication.authManager()
auth.setMasterPassword("housesafe-check", True)
config = QgsAuthMethodConfig()
config.setMethod("Basic")
config.setName("HouseSafe")
config.setConfig("username", "qgis")
config.setConfig("password", token)
_, config = auth.storeAuthenticationConfig(config)

uri = f"url='{base}/ogc' typename='buildings' pageSize='1000' authcfg={config.id()}"
layer = QgsVectorLayer(uri, "HouseSafe 房屋", "OAPIF")
features = sum(1 for _ in layer.getFeatures()) if layer.isValid() else 0
print("layer valid:", layer.isValid(), "features:", features, "crs:", layer.crs().authid())

settings = QgsMapSettings()
settings.setLayers([layer])
settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
settings.setOutputSize(QSize(800, 600))
settings.setBackgroundColor(QColor(255, 255, 255))
extent = layer.extent()
extent.scale(1.1)
settings.setExtent(extent)
job = QgsMapRendererSequentialJob(settings)
job.start()
job.waitForFinished()
image = job.renderedImage()
image.save(out)
drawn = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
            if image.pixel(x, y) & 0xFFFFFF != 0xFFFFFF)
print("pixels drawn:", drawn, "errors:", [e.message for e in job.errors()])
# exitQgis() crashes (SIGSEGV) tearing down the OAPIF provider's threads in 3.22: leave without it.
sys.stdout.flush()
os._exit(0 if layer.isValid() and features > 0 and drawn > 0 else 1)
