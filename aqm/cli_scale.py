"""The ``aqm run`` options of the Ray engine and of GPU batching (``aqm.scale``)."""

from __future__ import annotations

from typing import Annotated

import typer

EngineOpt = Annotated[str, typer.Option(
    help="local (this machine) or ray (a Ray cluster; needs aqm's ray extra).")]
AddressOpt = Annotated[str | None, typer.Option(
    help="--engine ray: 'auto' or ray://HOST:PORT (default: start Ray here).")]
ActorsOpt = Annotated[int, typer.Option(
    min=0, help="--engine ray: model actors (0: as many as the cluster holds).")]
GpusPerActorOpt = Annotated[float | None, typer.Option(
    min=0, help="--engine ray: GPUs per actor (default: 1 with --device cuda).")]
ShardDirOpt = Annotated[str | None, typer.Option(
    help="--engine ray: folder for the result shards, shared by every node "
         "(default: <db>.ray/).")]
BatchSizeOpt = Annotated[int, typer.Option(
    min=0, help="CUDA: speech chunks decoded at once (0: not batched).")]
