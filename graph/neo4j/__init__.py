"""Neo4j in one home: the write statements, the batch plan, the store (push, query, read back)
and the Cypher script export. Needs the ``neo4j`` driver (``pip install 'newsgraph[neo4j]'``)
only for the store; the plan and the script export are plain Python."""
