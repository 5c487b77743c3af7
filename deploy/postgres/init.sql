-- One PostgreSQL server, one database per side: each side's Flyway history stays its own.
CREATE DATABASE draftline_command;
CREATE DATABASE draftline_query;
