import type {
  BidOptionDto,
  BidSuggestionDto,
  MarketHistoryDto,
  MarketPointDto,
  MarketSnapshotDto,
  MarketTableDto,
  RegionMarketDto,
} from '@/lib/api';

export interface RegionMarket {
  region: string;
  offers: number;
  priceMin: number;
  priceMedian: number;
  bidMin: number | null;
}

export interface MarketRow {
  gpuName: string;
  numGpus: number;
  offers: number;
  priceMin: number;
  priceP25: number;
  priceMedian: number;
  bidMin: number | null;
  bidMedian: number | null;
  reliabilityMedian: number;
  spread: number | null;
  regions: RegionMarket[];
}

export interface MarketTable {
  sampledAt: string | null;
  simulated: boolean;
  rows: MarketRow[];
}

export interface MarketPoint {
  at: number;
  resolution: string;
  offers: number;
  priceMin: number;
  priceP25: number;
  priceMedian: number;
  bidMin: number | null;
  bidMedian: number | null;
  backfilled: boolean;
}

export interface BidOption {
  bidPerHour: number;
  outbidRisk: number;
}

export interface BidSuggestion {
  bidPerHour: number | null;
  outbidRisk: number | null;
  targetRisk: number;
  samples: number;
  windowHours: number;
  onDemandMedian: number | null;
  savings: number | null;
  ladder: BidOption[];
  /** The bid asked about with `?bid=`, with its risk; null when none was. */
  yourBid: BidOption | null;
}

export interface MarketHistory {
  gpuName: string;
  range: string;
  simulated: boolean;
  backfilledUntil: number | null;
  points: MarketPoint[];
  suggestedBid: BidSuggestion | null;
}

export const RANGES = ['24h', '7d', '30d', '1y'] as const;
export type Range = (typeof RANGES)[number];

const num = (value: number | undefined | null): number => value ?? 0;
const opt = (value: number | undefined | null): number | null => value ?? null;

function toRegion(dto: RegionMarketDto): RegionMarket {
  return {
    region: dto.region ?? 'other',
    offers: num(dto.offers),
    priceMin: num(dto.price_min),
    priceMedian: num(dto.price_median),
    bidMin: opt(dto.bid_min),
  };
}

function toRow(dto: MarketSnapshotDto): MarketRow {
  return {
    gpuName: dto.gpu_name ?? '',
    numGpus: num(dto.num_gpus),
    offers: num(dto.offers),
    priceMin: num(dto.price_min),
    priceP25: num(dto.price_p25),
    priceMedian: num(dto.price_median),
    bidMin: opt(dto.bid_min),
    bidMedian: opt(dto.bid_median),
    reliabilityMedian: num(dto.reliability_median),
    spread: opt(dto.spread),
    regions: (dto.regions ?? []).map(toRegion),
  };
}

export function toMarketTable(dto: MarketTableDto): MarketTable {
  return {
    sampledAt: dto.sampled_at ?? null,
    simulated: dto.simulated ?? false,
    rows: (dto.rows ?? []).map(toRow),
  };
}

function toPoint(dto: MarketPointDto): MarketPoint {
  return {
    at: Date.parse(dto.at ?? ''),
    resolution: dto.resolution ?? 'raw',
    offers: num(dto.offers),
    priceMin: num(dto.price_min),
    priceP25: num(dto.price_p25),
    priceMedian: num(dto.price_median),
    bidMin: opt(dto.bid_min),
    bidMedian: opt(dto.bid_median),
    backfilled: dto.backfilled ?? false,
  };
}

function toOption(dto: BidOptionDto): BidOption {
  return { bidPerHour: num(dto.bid_per_hour), outbidRisk: num(dto.outbid_risk) };
}

export function toBid(dto: BidSuggestionDto): BidSuggestion {
  return {
    bidPerHour: opt(dto.bid_per_hour),
    outbidRisk: opt(dto.outbid_risk),
    targetRisk: num(dto.target_risk),
    samples: num(dto.samples),
    windowHours: num(dto.window_hours),
    onDemandMedian: opt(dto.on_demand_median),
    savings: opt(dto.savings),
    ladder: (dto.ladder ?? []).map(toOption),
    yourBid: dto.your_bid ? toOption(dto.your_bid) : null,
  };
}

export function toMarketHistory(dto: MarketHistoryDto): MarketHistory {
  return {
    gpuName: dto.gpu_name ?? '',
    range: dto.range ?? '24h',
    simulated: dto.simulated ?? false,
    backfilledUntil: dto.backfilled_until ? Date.parse(dto.backfilled_until) : null,
    points: (dto.points ?? []).map(toPoint).filter((p) => Number.isFinite(p.at)),
    suggestedBid: dto.suggested_bid ? toBid(dto.suggested_bid) : null,
  };
}
