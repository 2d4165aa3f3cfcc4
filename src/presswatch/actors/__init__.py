"""Actor registry, alias resolution and cross-article name clustering."""

from presswatch.actors.cluster import ClusterLog, cluster_names
from presswatch.actors.names import normalise, slug
from presswatch.actors.registry import Actor, Registry, default_registry, load_registry

__all__ = [
    "Actor",
    "ClusterLog",
    "Registry",
    "cluster_names",
    "default_registry",
    "load_registry",
    "normalise",
    "slug",
]
