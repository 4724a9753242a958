"""The tables stage: the incident table schema, its readers and writers.

* :mod:`~geomap.tables.schema`: the columns, the one builder of incidents from
  records (strict or lenient), the one GeoDataFrame (EPSG:4326);
* :mod:`~geomap.tables.read`: geomap CSV, both ACLED exports, GeoJSON, ``geomap extract`` JSON;
* :mod:`~geomap.tables.stream`: CSV tables read in chunks, in bounded memory;
* :mod:`~geomap.tables.write`: CSV, GeoJSON, JSON;
* :mod:`~geomap.tables.formats`: GeoParquet and GeoPackage (read, write), Excel .xlsx (read).

Tables read and write tables: articles are read by :mod:`geomap.pipeline`.
"""
from geomap.tables.read import TABLE_SUFFIXES, ReadResult, read_incidents
from geomap.tables.schema import (INCIDENT_FIELDS, TABLE_FIELDS, coerce_incidents, frame_to_records,
                                  incident_from_dict, incident_from_record, incidents_to_geodataframe,
                                  incidents_to_records)
from geomap.tables.stream import TableChunk, iter_incident_frames
from geomap.tables.write import format_incidents, write_frames, write_incidents

__all__ = ["INCIDENT_FIELDS", "TABLE_FIELDS", "TABLE_SUFFIXES", "ReadResult", "read_incidents", "coerce_incidents",
           "frame_to_records", "incident_from_dict", "incident_from_record", "incidents_to_geodataframe",
           "incidents_to_records", "format_incidents", "write_incidents", "TableChunk", "iter_incident_frames",
           "write_frames"]
