import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('report_summary')
export class ReportSummaryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') kind!: string;
  @Column('text') state!: string;
  @Column('integer') version!: number;
  @Column('integer') revision!: number;
  @Column('text', { name: 'fiscal_year' }) fiscalYear!: string;
  @Column('text') department!: string;
  @Column('text', { name: 'department_name' }) departmentName!: string;
  @Column('text') title!: string;
  @Column('numeric', { name: 'total_self', nullable: true }) totalSelf!: string | null;
  @Column('numeric', { name: 'total_computed', nullable: true }) totalComputed!: string | null;
  @Column('text', { nullable: true }) grade!: string | null;
  @Column('integer', { name: 'error_flags' }) errorFlags!: number;
  @Column('numeric', { name: 'annual_budget', nullable: true }) annualBudget!: string | null;
  @Column('numeric', { nullable: true }) executed!: string | null;
  @Column('boolean', { name: 'ever_signed_off' }) everSignedOff!: boolean;
  @Column('integer', { name: 'published_revision', nullable: true }) publishedRevision!: number | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
