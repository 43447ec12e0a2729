// Where the data exports live in the built site.
export const dataPaths = {
  json: () => "/data/events.json",
  schema: () => "/data/events.schema.json",
  csv: () => "/data/events.csv",
  geojson: () => "/data/events.geojson",
  timelinejs: () => "/data/timelinejs.json",
  withdrawnJson: () => "/data/withdrawn.json",
  withdrawnCsv: () => "/data/withdrawn.csv",
};
