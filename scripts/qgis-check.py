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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_headless  # noqa: E402  (sets up QGIS's environment before QGIS is imported)
from qgis.core import QgsRectangle, QgsVectorTileLayer  # noqa: E402

base, token, box, out = sys.argv[1:5]
app = qgis_headless.start()
uri = (f"type=xyz&url={base}/tiles/buildings/%7Bz%7D/%7Bx%7D/%7By%7D.mvt&zmin=0&zmax=16"
       f"&authcfg={qgis_headless.basic_auth(token)}")
layer = QgsVectorTileLayer(uri, "HouseSafe 房屋")
print("layer valid:", layer.isValid(), "zoom", layer.sourceMinZoom(), "-", layer.sourceMaxZoom())
drawn = qgis_headless.draw(layer, "EPSG:3857", QgsRectangle(*map(float, box.split(","))), out)
app.exitQgis()
sys.exit(0 if layer.isValid() and drawn > 0 else 1)
