"""Hand-kept gazetteer sources, shipped inside geomap as ``geomap._gazetteer_data``.

See README.md in this folder for the source and licence of every file.
"""
