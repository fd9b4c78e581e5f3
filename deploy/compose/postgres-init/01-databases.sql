-- Run once by the postgres image, on an empty data volume: one database per service, each owned by
-- the application user (POSTGRES_USER). Flyway creates the schemas when the services start.
CREATE DATABASE guichet_aids;
CREATE DATABASE guichet_cases;
CREATE DATABASE guichet_welcome;
