"""Pure rules about codes, vehicles, batteries, certificates and deadlines: no Qt, SQL, camera or network."""
