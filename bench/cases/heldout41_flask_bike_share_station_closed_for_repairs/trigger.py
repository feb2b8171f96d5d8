"""The Old Town Bridge station is closed for repairs; a rider then opens the map."""

from bikeshare import create_app, stations

stations.report(4, capacity=0, bikes=0)
create_app().test_client().get("/stations")
