"""Draws the vector tiles with QGIS, headless, the way README's QGIS steps connect: a generic
vector tile connection whose Basic authentication configuration holds an API token.

    /usr/bin/python3 scripts/qgis-check.py BASE_URL TOKEN MINX,MINY,MAXX,MAXY OUT.png

The box is in EPSG:3857 metres. Prints whether the layer is valid and how many pixels of the
picture QGIS drew (every 4th pixel counted); exit status 1 when it drew none. A refused token
makes QGIS wait for credentials: run it under `timeout`. Needs Debian's python3-qgis and
qgis-providers (not part of the tests).
"""
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QGIS_AUTH_DB_DIR_PATH"] = tempfile.mkdtemp(prefix="qgis-auth-")

from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsCoordinateReferenceSystem,  # noqa: E402
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle, QgsVectorTileLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

base, token, box, out = sys.argv[1:5]
app = QgsApplication([], False)
app.initQgis()
auth = QgsApplication.authManager()
auth.setMasterPassword("housesafe-check", True)
config = QgsAuthMethodConfig()
config.setMethod("Basic")
config.setName("HouseSafe")
config.setConfig("username", "qgis")
config.setConfig("password", token)
_, config = auth.storeAuthenticationConfig(config)

uri = f"type=xyz&url={base}/tiles/buildings/%7Bz%7D/%7Bx%7D/%7By%7D.mvt&zmin=0&zmax=16&authcfg={config.id()}"
layer = QgsVectorTileLayer(uri, "HouseSafe 房屋")
print("layer valid:", layer.isValid(), "zoom", layer.sourceMinZoom(), "-", layer.sourceMaxZoom())

settings = QgsMapSettings()
settings.setLayers([layer])
settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
settings.setOutputSize(QSize(800, 600))
settings.setBackgroundColor(QColor(255, 255, 255))
settings.setExtent(QgsRectangle(*map(float, box.split(","))))
job = QgsMapRendererSequentialJob(settings)
job.start()
job.waitForFinished()
image = job.renderedImage()
image.save(out)
drawn = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
            if image.pixel(x, y) & 0xFFFFFF != 0xFFFFFF)
print("pixels drawn:", drawn, "errors:", [e.message for e in job.errors()])
app.exitQgis()
sys.exit(0 if layer.isValid() and drawn > 0 else 1)
