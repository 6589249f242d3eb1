import { EventStore1764000000000 } from './1764000000000-event-store';
import { Accounts1764000000001 } from './1764000000001-accounts';
import { ReportReadModels1764000000002 } from './1764000000002-report-read-models';
import { Documents1764000000003 } from './1764000000003-documents';
import { ReadSide1764100000000 } from './1764100000000-read-side';
import { LogCursor1764200000000 } from './1764200000000-log-cursor';
import { ReportViewLz41764300000000 } from './1764300000000-report-view-lz4';
import { ListSortIndexes1764400000000 } from './1764400000000-list-sort-indexes';
import { Organisation1765000000000 } from './1765000000000-organisation';
import { SignIns1765100000000 } from './1765100000000-sign-ins';
import { Campaigns1765200000000 } from './1765200000000-campaigns';
import { Settings1765300000000 } from './1765300000000-settings';
import { ReportImports1765600000000 } from './1765600000000-report-imports';
import { ProvinceReadIndexes1765700000000 } from './1765700000000-province-read-indexes';
import { ReportCounts1765700000001 } from './1765700000001-report-counts';
import { SearchBigrams1765700000002 } from './1765700000002-search-bigrams';
import { ReportCountsRefill1765900000000 } from './1765900000000-report-counts-refill';
import { ReportSearch1766000000000 } from './1766000000000-report-search';
import { ReportCountsPerRow1766000000001 } from './1766000000001-report-counts-per-row';
import { OrganisationVersion1766000000002 } from './1766000000002-organisation-version';
import { CampaignDepartmentProgress1766000000003 } from './1766000000003-campaign-department-progress';
import { SweepPending1766000000004 } from './1766000000004-sweep-pending';
import { ReportViewInline1766100000000 } from './1766100000000-report-view-inline';

export const migrations = [
  EventStore1764000000000,
  Accounts1764000000001,
  ReportReadModels1764000000002,
  Documents1764000000003,
  ReadSide1764100000000,
  LogCursor1764200000000,
  ReportViewLz41764300000000,
  ListSortIndexes1764400000000,
  Organisation1765000000000,
  SignIns1765100000000,
  Campaigns1765200000000,
  Settings1765300000000,
  ReportImports1765600000000,
  ProvinceReadIndexes1765700000000,
  ReportCounts1765700000001,
  SearchBigrams1765700000002,
  ReportCountsRefill1765900000000,
  ReportSearch1766000000000,
  ReportCountsPerRow1766000000001,
  OrganisationVersion1766000000002,
  CampaignDepartmentProgress1766000000003,
  SweepPending1766000000004,
  ReportViewInline1766100000000,
];
