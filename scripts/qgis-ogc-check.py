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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_headless  # noqa: E402  (sets up QGIS's environment before QGIS is imported)
from qgis.core import QgsVectorLayer  # noqa: E402

base, token, out = sys.argv[1:4]
app = qgis_headless.start()
uri = f"url='{base}/ogc' typename='buildings' pageSize='1000' authcfg={qgis_headless.basic_auth(token)}"
layer = QgsVectorLayer(uri, "HouseSafe 房屋", "OAPIF")
features = sum(1 for _ in layer.getFeatures()) if layer.isValid() else 0
print("layer valid:", layer.isValid(), "features:", features, "crs:", layer.crs().authid())
extent = layer.extent()
extent.scale(1.1)
drawn = qgis_headless.draw(layer, "EPSG:4490", extent, out)
# exitQgis() crashes (SIGSEGV) tearing down the OAPIF provider's threads in 3.22: leave without it.
sys.stdout.flush()
os._exit(0 if layer.isValid() and features > 0 and drawn > 0 else 1)
