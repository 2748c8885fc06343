import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Roles } from '@oneday/api-common';
import { SPECIALTY_LABELS } from '@oneday/domain';
import { DataSource } from 'typeorm';
import { SpecialistsArgs } from './dto/specialists.args.js';
import { SiteModel, SpecialistModel } from './models/specialist.model.js';
import { Site } from './site.entity.js';
import { Specialist } from './specialist.entity.js';

/** The center's staff directory: not patient data, readable by clinical staff. */
@Resolver(() => SpecialistModel)
export class SpecialistsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
  @Query(() => [SiteModel])
  sites(): Promise<SiteModel[]> {
    return this.dataSource.getRepository(Site).find({ order: { name: 'ASC' } });
  }

  @Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
  @Query(() => [SpecialistModel])
  async specialists(@Args() args: SpecialistsArgs): Promise<SpecialistModel[]> {
    const query = this.dataSource
      .getRepository(Specialist)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.defaultRoom', 'room')
      .orderBy('s.specialty')
      .addOrderBy('s.name');
    if (args.program) query.andWhere(':program = ANY(s.programs)', { program: args.program });
    if (args.specialty) query.andWhere('s.specialty = :specialty', { specialty: args.specialty });
    const rows = await query.getMany();
    return rows.map((s) => ({
      id: s.id,
      name: s.name,
      specialty: s.specialty,
      specialtyTitle: SPECIALTY_LABELS[s.specialty].title,
      programs: s.programs,
      siteId: s.siteId,
      defaultRoom: s.defaultRoom?.name ?? null,
    }));
  }
}
