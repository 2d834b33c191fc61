"""Options of the Ray engine, and the check that it can run (no Ray import here)."""

from __future__ import annotations

from dataclasses import dataclass

from aqm.errors import EngineError, InputError

LOCAL, RAY = "local", "ray"
ENGINES = (LOCAL, RAY)
INSTALL_HINT = "pip install 'aqm[ray]'"


@dataclass(frozen=True)
class RayOptions:
    """How ``--engine ray`` spreads the calls over a Ray cluster.

    Attributes:
        address: ``None`` joins the Ray already started in this process, else starts a local
            one on this machine's cores; ``auto`` joins the cluster that ``ray start`` runs on
            this machine; ``ray://host:10001`` connects through Ray Client.
        actors: transcription actors, each with one loaded model; 0 (default): as many as
            the cluster's CPUs (or GPUs) hold, at most one per shard.
        cpus_per_actor: CPU cores Ray reserves per actor; also its model's ASR threads
            (unless ``TranscribeOptions.cpu_threads`` says otherwise).
        gpus_per_actor: GPUs per actor (0.5: two actors share a GPU); ``None``: 1 when the
            transcription device is ``cuda``, else 0.
        calls_per_shard: calls per Ray Data batch, and so per Parquet shard: the unit of
            retry when a worker dies.
        shard_dir: where the shards go (default: ``<db>.ray/`` beside the database). On a
            cluster every node and the writer must reach it (a shared filesystem).
        keep_shards: keep the run's shards once they are stored (default: removed).
    """

    address: str | None = None
    actors: int = 0
    cpus_per_actor: float = 1.0
    gpus_per_actor: float | None = None
    calls_per_shard: int = 4
    shard_dir: str | None = None
    keep_shards: bool = False

    def gpus(self, device: str) -> float:
        if self.gpus_per_actor is not None:
            return self.gpus_per_actor
        return 1.0 if device == "cuda" else 0.0


def check_engine(engine: str, ray_options: RayOptions) -> None:
    """Fail before any work when ``engine`` is unknown or cannot run here (only ``ray``
    imports Ray)."""
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if ray_options.calls_per_shard < 1 or ray_options.cpus_per_actor <= 0 \
            or ray_options.actors < 0:
        raise InputError("Ray options: calls_per_shard >= 1, cpus_per_actor > 0, actors >= 0")
    if engine == RAY:
        try:
            import ray.data  # noqa: F401
        except ImportError as e:
            raise EngineError(f"--engine ray needs Ray, which is not installed: "
                              f"{INSTALL_HINT} (the local engine, the default, needs no Ray)"
                              ) from e
